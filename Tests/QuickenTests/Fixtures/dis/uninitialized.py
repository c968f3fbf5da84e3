def f(c):
    if c:
        x = 1
    return x
def g():
    del_me = 1
    del del_me
    return del_me
def h(c):
    for i in c:
        pass
    return i
