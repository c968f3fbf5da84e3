f = lambda: 0
g = lambda x, y=2, *a, z, w=3, **kw: x + y
h = lambda: (yield)
def k(n):
    return lambda m: n + m
