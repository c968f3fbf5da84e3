def f(xs):
    a = [x * 2 for x in xs]
    b = {x for x in xs if x}
    c = {k: v for k, v in xs}
    d = [y for x in xs for y in x if y > 0]
    e = [x for x in [1, 2, 3]]
    return a, b, c, d, e
squares = [i * i for i in range(10)]
