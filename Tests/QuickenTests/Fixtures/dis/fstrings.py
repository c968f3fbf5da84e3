def f(x, y, w):
    a = f"{x}"
    b = f"v={x!r} {y!s:>10} {x!a}"
    c = f"{x:{w}.{w}}"
    d = f"plain"
    e = f"{x=}"
    g = "%s-%r" % (x, y)
    h = "%5s|%-3s" % (x, y)
    i = "%d" % (x,)
    return a, b, c, d, e, g, h, i
