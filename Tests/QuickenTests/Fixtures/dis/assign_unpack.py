a, b = 1, 2
a, b = b, a
x, *rest = [1, 2, 3]
first, *mid, last = range(10)
[p, q] = (q, p)
i = j = k = 0
def f(t):
    a, b = t
    a, b = b, a
    c, d, e = e, d, c
    (m, n), o = t
    return a + b
