x = 1
del x
def f(a, b):
    del a.attr, b[0]
    del a, b
    (c, d) = 1, 2
    del (c, d)
