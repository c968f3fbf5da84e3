# __hash__ / __eq__ and dict keys
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 5) in d)
d[Point(1, 2)] = "replaced"
print(len(d), d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p1 = Plain()
print(hash(p1) == hash(p1), {p1: 1}[p1])

class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
items = {ConstHash(i): i for i in range(5)}
print(len(items), items[ConstHash(3)])

class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
print(hash(42) == hash(42), hash((1, 2)) == hash((1, 2)), hash(-1) == hash(-2))
print(hash(0), hash(1), hash(12345), hash(-5))
print(hash((1, 2)) == hash((2, 1)))
key = (1, "a", (2, 3))
dd = {key: "tuple key"}
print(dd[(1, "a", (2, 3))])
try:
    {[1, 2]: "list key"}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
