def f(a, b, *c, **d):
    x = a[b][c]
    y = a.b.c.d
    z = -a ** 2
    w = (a, b, *c)
    v = {**d}
    u = [*c]
    t = a if b else (c if d else None)
    s = not a
    r = a @ b
    q = f(*c, *d)
    return x, y, z, w, v, u, t, s, r, q
