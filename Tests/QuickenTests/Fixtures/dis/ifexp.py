def f(a, b):
    x = a if b else -a
    if (a if b else b):
        return x
    return 1 if a else 2
