def gen(n):
    for i in range(n):
        yield i
    return n
def gen2(it):
    x = yield
    y = yield x
    yield from it
    return y
def gen3():
    try:
        yield 1
    finally:
        print("done")
