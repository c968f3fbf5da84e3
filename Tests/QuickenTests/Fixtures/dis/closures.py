def outer(a):
    b = 2
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
def args_cell(x, y):
    def g():
        return x
    return g
