# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"))
single = 5,
print(single, type(single).__name__)
print(t + (4, 5), t * 2, (0,) * 3)
print(t.count(2), t.index(3), 2 in t, 7 not in t)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
(x, y), (z, (w, v)) = nested
print(x, y, z, w, v)
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2), (1, "a") < (1, "b"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
lst_in_tuple = ([1], [2])
lst_in_tuple[0].append(99)
print(lst_in_tuple)
try:
    hash(lst_in_tuple)
except TypeError as e:
    print("TypeError:", e)
print(max((3, 1), (2, 9)), min([(1, "z"), (1, "a")]), sorted([(2, 1), (1, 2)]))
print(tuple(x * 2 for x in range(4)))
def pair():
    return 1, "one"
n, name = pair()
print(n, name, pair())
print(repr((1, "a", None)), str((2.5,)))
print(t.__len__(), t.__getitem__(1), t.__contains__(3))
print(tuple(reversed(t)), sum(t), any(t), all((1, 0)))
empty = ()
print(len(empty), bool(empty), empty == tuple())
print((1, 2, 3)[1:2], (1, 2, 3)[5:])
