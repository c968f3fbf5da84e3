# Deopt: func.__code__ and __defaults__ replaced after calls are specialized.
def f(x):
    return x + 1


def g(x):
    return x * 10


def h(x, y=5):
    return x - y


def drive():
    return sum(f(i) for i in range(50)), sum(h(i) for i in range(50))


print(drive())
f.__code__ = g.__code__
print(drive())
h.__defaults__ = (100,)
print(drive())
