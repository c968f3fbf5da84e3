def f(a, b):
    x = [*a, *b]
    y = (*a, 1)
    z = {*a, 2}
    w = [1, 2, 3]
    v = {1, 2, 3}
    u = (1, *a)
    print(*a)
    for i in (*a, *b):
        pass
    return x, y, z, w, v, u
