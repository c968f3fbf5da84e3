a = [3, 1, 2]
print(a.__len__(), a.__getitem__(0), a.__contains__(2), a.__add__([9]), a.__mul__(2), a.__rmul__(2))
a.__iadd__([7]); a.__imul__(1); print(a, list.__repr__(a))
a.__setitem__(0, 10); a.__delitem__(1); print(a, a.__reversed__().__next__())
print(type(iter(a)).__name__, type(reversed(a)).__name__, type(iter(())).__name__, type(iter("x")).__name__, type(iter("é")).__name__)
print(type(iter(range(3))).__name__, type(iter(range(2**70))).__name__, type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
print(type(reversed({})).__name__, type(reversed(range(3))).__name__, type(reversed((1,))).__name__, type(iter(b"")).__name__)
for bad in ([].pop, lambda: [1].pop(5), lambda: [1].index(3), lambda: [1].remove(2), lambda: (1,).index(9)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print([1, 2, 3].index(3, -1), [1, 2, 3, 2].index(2, 2), [1,2] < [1,2,0], [1, [2]] == [1, [2]], (1, 2) > (1,), [] < [0])
l = [5, 3, 1]; l.insert(-1, 9); l.insert(100, 0); print(l)
l = list(range(10)); l[2:5] = []; print(l); l[::3] = "abc"; print(l); del l[::3]; print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __len__(self):
        return super().__len__() + 100
x = L([1, 2, 3]); print(x[1], len(x), x, list(x))
d = {"a": 1}
d.update({"b": 2}, c=3); d.update([("d", 4)]); print(d, d.popitem(), d.setdefault("z", 0), d)
print(dict.fromkeys("abc", 0), dict.fromkeys(range(3)), d | {"q": 1}, {"q": 1} | d)
d |= [("w", 5)]; print(d, list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(d.__len__(), d.__contains__("w"), d.__getitem__("w"), d.__eq__({}), d.__ne__(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
it = iter(d)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
print(d.keys(), d.values(), d.items())
print(list(zip("ab", [1, 2, 3])), list(zip()), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, 2, ""])))
for args in (("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "ab", "a")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
e = enumerate("ab", start=5); print(next(e), list(e), type(e).__name__, isinstance(e, enumerate))
print(sum([0.1] * 10), sum([1, 2, 0.5]), sum([[1], [2]], []), sum(range(5), 10), sum([1e100, 1.0, -1e100]))
print(hash((1, 2, 3)), hash(()), hash((1, (2, "x" == "x"))), hash(range(3)) == hash(range(0, 3)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(5).indices(3), slice(-100, 100, 7).indices(10))
print(range(0, 10, 3)[1:], range(10)[::-3], range(5).count(2), range(5).count(2.0), list(reversed(range(0, -10, -4))))
print(sorted([3, 1, 2], key=lambda x: -x), sorted("bca", reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    [2, None, 1].sort()
except TypeError as e:
    print(e)
x = [3, 2, 1]
def k(v):
    x.append(v)
    return v
try:
    x.sort(key=k)
except ValueError as e:
    print(e, x)
print(list(iter([1, 2, 3]).__length_hint__() for _ in range(1)), iter(range(5)).__length_hint__())
big = list(range(200, 0, -1)) + list(range(50)); big.sort(); print(big[:5], big[-3:])
