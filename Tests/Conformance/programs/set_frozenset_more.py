# more set behaviour (ints or sorted output only)
s = set(range(10))
evens = {x for x in s if x % 2 == 0}
print(sorted(s - evens), sorted(evens), len(s))
print(sorted(s.difference(evens, {1, 3})), sorted(s.intersection(evens, range(5))))
s.difference_update({0, 1, 2})
print(sorted(s))
s.intersection_update(range(5, 20))
print(sorted(s))
s.symmetric_difference_update({5, 100})
print(sorted(s))
words = ["red", "green", "blue", "red", "green"]
print(sorted(set(words)), len(set(words)))
a = frozenset(["x", "y"])
b = frozenset(["y", "z"])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a == frozenset("yx"), hash(a) == hash(frozenset(["y", "x"])))
groups = {a: "first", b: "second"}
print(groups[frozenset(["x", "y"])])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
seen = set()
unique_in_order = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique_in_order.append(w)
print(unique_in_order)
print({1, 2, 3} > {1, 2}, {1, 2} > {1, 2}, {1, 2}.issubset({1, 2}), set() < {1})
print(set([1, 2]) | frozenset([3]) == {1, 2, 3}, type(set() | frozenset()).__name__)
x = {1, 2}
y = x
x |= {3}
print(y, x is y)
x = x | {4}
print(y, x is y)
print(sorted({-1, -5, 3, 0}), max({-1, -5}), 0 in {0.0}, 1 in {True})
try:
    {1, 2} + {3}
except TypeError as e:
    print("TypeError:", e)
print(set("abc") == set("cba"), len({"a", "b", "a"}), sorted(set("hello world") - {" "}))
