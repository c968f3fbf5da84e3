def f(xs):
    return [lambda: x for x in xs]
def g(xs, n):
    return [x + n for x in xs]
def h(xs):
    x = 5
    ys = [x for x in xs]
    return x, ys
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
