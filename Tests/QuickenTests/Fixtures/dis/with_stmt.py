def f(path):
    with open(path) as fp:
        return fp.read()
def g(a, b):
    with a, b as c:
        print(c)
def h(lock):
    with lock:
        pass
