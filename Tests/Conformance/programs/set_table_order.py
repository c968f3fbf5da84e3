s = set([10, 4, 3, 100, -1, 7, 8, 9, 33, 65, 1000, 17])
print(s)
s.discard(4); s.add(12); s.add(4)
print(s, len(s))
print({"a", "b"} == {"b", "a"}, frozenset({1, 2}) == {2, 1}, len({"a", "b", "a"}))
print(set(range(20, 0, -3)))
print({x * 7 for x in range(30)})
t = set()
for i in range(100):
    t.add(i * 31 % 97)
for i in range(0, 100, 3):
    t.discard(i)
print(t)
print(sorted(t) == sorted(set(t)), t.pop(), t.pop(), len(t))
a = {1, 2, 3, 4, 5, 40, 72}
b = {4, 5, 6, 7, 8, 72, 136}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([9, 17], (33,)), a.intersection(range(3, 80)), a.difference([1], [2]))
print(a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint([99]), a <= b, a < a | b, a >= {1})
c = a.copy(); c |= {99, 200}; c &= {99, 1, 2, 200, 3}; c -= {1}; c ^= {3, 5}
print(c)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})) == hash(frozenset({"a"})))
print(frozenset({1, 2}) in {frozenset({1, 2})}, {1, 2} in {frozenset({1, 2})})
fs = frozenset([5, 6]); print(fs.copy() is fs, type(fs | {1}).__name__, type({1} | fs).__name__)
class S(set): pass
x = S([3, 1, 2]); print(x, type(x - {1}).__name__, repr(S()))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
it = iter({1, 2})
s2 = {1, 2}
it = iter(s2); next(it); s2.add(5)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(iter(set())).__name__, sorted(set("hello")))
d = {1: 1, 2: 2}
print(d.keys() | {3}, d.keys() & {1, 26}, d.keys() - {1}, d.items() & {(1, 1)}, d.keys() ^ {2, 17})
print(d.keys() == {1, 2}, d.keys().isdisjoint({24}), {1} < d.keys(), d.keys() <= {1, 2, 3})
