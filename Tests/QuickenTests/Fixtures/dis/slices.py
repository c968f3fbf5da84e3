def f(a, i, j):
    b = a[1:2]
    c = a[i:]
    d = a[:j]
    e = a[::2]
    g = a[i:j:2]
    a[1:2] = b
    del a[i:j]
    h = a[i, j]
    k = a[i]
    a[i] = k
    del a[i]
    return b, c, d, e, g, h
