# iter (incl. 2-arg sentinel form), next with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("ab")
print(list(s), list(s))
values = [5, 4, 3, 0, 9]
pos = -1
def source():
    global pos
    pos += 1
    return values[pos]
print(list(iter(source, 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
lines = ["first", "second", "", "never"]
li = iter(lines)
print(list(iter(li.__next__, "")))
di = iter({"x": 1, "y": 2})
print(next(di), next(di))
it2 = iter([1, 2])
print(iter(it2) is it2)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class Gen:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 2
        return self.i
print(list(iter(Gen(), 10)))
nums = iter(range(10))
pairs = list(zip(nums, nums))
print(pairs)
e = enumerate(iter("xy"))
print(next(e), next(e, "end"), next(e, "end"))
print(sum(iter([1, 2, 3])), max(iter([4, 9, 2])), sorted(iter("cab")))
