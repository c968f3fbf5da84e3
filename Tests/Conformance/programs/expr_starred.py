# starred assignment and starred calls
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = range(4)
print(init, last)
x, *y = [1]
print(x, y)
(p, q), *others = [(1, 2), 3, 4]
print(p, q, others)
head, *mid, tail = 1, 2
print(head, mid, tail)
for f, *r in [(1, 2, 3), (4,)]:
    print(f, r)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)

def f(*args, **kwargs):
    return args, kwargs

lst = [1, 2, 3]
kw = {"x": 1, "y": 2}
print(f(*lst))
print(f(*lst, **kw))
print(f(0, *lst, 4, *"ab", z=0, **kw))
print(f(**{"a": 1}, **{"b": 2}))
print(*lst)
print(*lst, sep=", ")
print([*lst, *"xy", *range(2)])
print((*lst,))
print({*lst, *[3, 4]} == {1, 2, 3, 4})
print({**kw, "z": 3, **{"x": 100}})
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2], 3), g(1, *(2, 3)), g(**{"c": 3, "b": 2, "a": 1}))
try:
    g(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**kw, x=5)
except TypeError as e:
    print("TypeError:", e)
m, n = n_and_m = (10, 20)
print(m, n, n_and_m)
i = j = k = 0
print(i, j, k)
a, b = b, a = 1, 2
print(a, b)
