def f(a, b=1, c="x", *, d, e=None):
    return a
def g(a=[], b=(1, 2)):
    return a
def h(x, /, y, *args, z=1, **kwargs):
    return x
