def a():
    return
def b():
    return None
def c():
    return (1, 2)
def d(x):
    return -x
def e():
    pass
def g(x):
    if x:
        return 1
def h(x):
    return (
        x
    )
