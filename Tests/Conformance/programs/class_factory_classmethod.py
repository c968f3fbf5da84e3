# alternative constructors, class registries, class-level state
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)
    def __eq__(self, o):
        return (self.y, self.m, self.d) == (o.y, o.m, o.d)
    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)

class BirthDate(Date):
    pass

print(Date.from_string("2024-02-29"), Date.epoch(), BirthDate.from_string("1999-12-31"))
print([y for y in range(1896, 1912) if Date.is_leap(y)], Date.is_leap(2000), Date.is_leap(2100))
print(sorted([Date(2020, 5, 1), Date(2019, 12, 31), Date(2020, 1, 15)]))
print(Date.from_string("2000-01-01") == Date(2000, 1, 1))

class Shape:
    registry = {}
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco
    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)

@Shape.register("square")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

@Shape.register("rect")
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

print(sorted(Shape.registry), Shape.create("square", 3).area(), Shape.create("rect", 2, 5).area())
try:
    Shape.create("circle", 1)
except KeyError as e:
    print("KeyError:", e)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 1
        else:
            cls._instance.created += 1
        return cls._instance
s1 = Singleton()
s2 = Singleton()
print(s1 is s2, s1.created)
class Point:
    def __new__(cls, x, y):
        obj = super().__new__(cls)
        obj.order = ["new"]
        return obj
    def __init__(self, x, y):
        self.order.append("init")
        self.x, self.y = x, y
p = Point(1, 2)
print(p.order, p.x, p.y)
