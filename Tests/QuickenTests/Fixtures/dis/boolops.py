def f(a, b, c):
    x = a and b
    y = a or b or c
    z = a and (b or c)
    if a and b:
        return 1
    if a or b:
        return 2
    if not a:
        return 3
    if not (a and b):
        return 4
    return x, y, z
