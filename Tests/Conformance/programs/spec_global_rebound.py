# Deopt: a global rebound, a builtin shadowed by a global, and the shadow removed.
factor = 2


def compute(xs):
    return [len(str(x)) * factor for x in xs]


xs = list(range(95, 105))
print(compute(xs))
factor = 3
print(compute(xs))
len = lambda s: 100
print(compute(xs))
del len
print(compute(xs))
