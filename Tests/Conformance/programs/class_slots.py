# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)

class Q(P):
    pass
q = Q(1, 2)
q.anything = "subclass without slots has dict"
print(q.anything)

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 4
except AttributeError as e:
    print("AttributeError:", e)

class Single:
    __slots__ = "only"
s = Single()
try:
    print(s.only)
except AttributeError as e:
    print("AttributeError:", e)
s.only = 1
print(s.only)
print(P.__slots__, Single.__slots__)
