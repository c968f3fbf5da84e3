def f(xs):
    return sum(x * x for x in xs)
def g(xs):
    return list(y for x in xs for y in x if y)
total = sum(i for i in range(10))
