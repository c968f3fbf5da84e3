# property getter/setter/deleter
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

class Old:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    v = property(get_v, set_v, None, "v doc")
o = Old()
o.v = 5
print(o.v, Old.v.__doc__, type(Old.v).__name__)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)

class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 2))
print(Circle(2).area)
class Child(Temperature):
    @property
    def celsius(self):
        return "overridden"
print(Child(5).celsius, Child(5).fahrenheit)
