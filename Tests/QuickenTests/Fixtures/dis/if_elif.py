def f(x):
    if x > 0:
        r = 1
    elif x < 0:
        r = -1
    else:
        r = 0
    if x:
        pass
    if x is None:
        r = 2
    if x is not None:
        r = 3
    if 0:
        r = 4
    if __debug__:
        r = 5
    return r
