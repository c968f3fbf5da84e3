# keyword-only and positional-only parameters
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=5, b=4))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)

def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)

def both(x, /, y=10, *, z=20):
    return x + y + z
print(both(1), both(1, 2), both(1, y=2, z=3))

def name_clash(name, /, **kwargs):
    return name, kwargs
print(name_clash("pos", name="kw"))

def only_star(*, a, b):
    return a * b
print(only_star(b=3, a=4))
try:
    only_star(1, 2)
except TypeError as e:
    print("TypeError:", e)
def pd(a, b=2, /, c=3):
    return a, b, c
print(pd(1), pd(1, 5), pd(1, 5, 6), pd(1, c=9))
