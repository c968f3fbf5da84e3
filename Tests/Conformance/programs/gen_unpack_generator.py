# Unpacking a generator: the items already produced must survive collections that run while
# the generator makes the next ones (checked under --gc-stress).
def make(name):
    def f(x=0):
        return (name, x)
    f.tag = name * 2
    return f


a, b, c = (make(n) for n in "xyz")


def other(p, q, /):
    return "other"


print(a(1), b(2), c(3), a.tag, c.tag)
first, *rest = (make(n)(len(n)) for n in ["aa", "b", "cccc"])
print(first, rest)
x, y = map(lambda s: [s] * 3, "pq")
print(x, y)
