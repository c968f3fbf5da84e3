# dis: show_caches
def f(a, b):
    x = a.attr
    a.attr = b
    return len(a) + x[0]
