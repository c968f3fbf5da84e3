# sorted, reversed, min, max, sum, abs
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 1, 1: 3}), sorted([], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
rv = reversed([1, 2])
print(next(rv), list(rv), list(rv))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a"), max([1, 5], [2]))
print(min([], default="empty"), max([], default=None), min([7], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "first"), (1, "second")], key=lambda t: t[0]))
print(min([(1, "first"), (1, "second")], key=lambda t: t[0]))
print(max(-1, -5, key=abs), min(-1, -5, key=abs))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 20))
print(sum([0.1] * 10), sum((1, 2.5)), sum({1: 0, 2: 0}))
print(max(range(0)) if False else "skip", max(1, 2.5), min(2.5, 1), max(True, 0))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(["B", "a", "C"], key=str.casefold))
