# sort with key/reverse and stability
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3.5, 1, 2.25, -1e10, 0]))
print(sorted("hello world"))
print(sorted({3: "c", 1: "a", 2: "b"}))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
data.sort(key=lambda x: x % 3, reverse=True)
print(data)
items = [[3, 1], [1, 2], [3, 0], [1, 1]]
items.sort()
print(items)
print(sorted([[], [1], [0, 5], [0]]))
class P:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "P(%d)" % self.n
print(sorted([P(3), P(1), P(2)]))
print(sorted([P(3), P(1), P(2)], reverse=True))
print(max([P(3), P(7), P(2)], key=lambda p: p.n))
e = []
e.sort()
print(e, sorted(()), sorted("", reverse=True))
print(sorted([-3, 2, -1, 0], key=abs))
