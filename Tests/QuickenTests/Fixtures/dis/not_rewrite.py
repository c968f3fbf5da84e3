def f(a, b):
    x = not (a is b)
    y = not (a in b)
    z = not a == b
    if not (a is None):
        return x
    if not (a is not b):
        return y
    return z, not not a
