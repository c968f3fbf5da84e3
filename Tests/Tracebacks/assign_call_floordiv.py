def g(x):
    y = x // 0
    return y
z = g(3)
