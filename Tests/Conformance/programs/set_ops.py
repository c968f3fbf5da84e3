# set and frozenset (ints printed, strings sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10], (11,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9, 10}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(5)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c.clear()
print(c, a)
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4}
x -= {3}
x ^= {10, 2}
print(x)
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
print({f: "frozen key"}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words)
print(sorted({"x", "y"} | {"z"}), sorted(frozenset("hello")))
print(set(), frozenset(), set([]) == frozenset())
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), set("aab") == {"a", "b"})
print(sorted({n % 5 for n in range(100)}), {True, 1, 1.0})
print(sum({1, 2, 3}), max({5, 9, 2}), sorted({3, 1, 2}, reverse=True))
print(set(range(5)) - set(range(0, 5, 2)))
