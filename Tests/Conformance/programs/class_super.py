# super() in various forms
class Base:
    def __init__(self, value):
        self.value = value
    def describe(self):
        return "Base(%s)" % self.value
    @classmethod
    def create(cls, v):
        return cls(v)
    @staticmethod
    def helper():
        return "base helper"

class Derived(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
    def describe(self):
        return "Derived[" + super().describe() + ", %s]" % self.extra
    @classmethod
    def create(cls, v):
        obj = super().create(v) if False else cls(v, "via classmethod")
        return obj
    def explicit(self):
        return super(Derived, self).describe()
    def helper_call(self):
        return super().helper()

d = Derived(1, "x")
print(d.describe())
print(d.explicit())
print(Derived.create(5).describe())
print(d.helper_call())

class Mixin:
    def greet(self):
        return "Mixin>" + super().greet()
class Greeter:
    def greet(self):
        return "Greeter"
class Final(Mixin, Greeter):
    def greet(self):
        return "Final>" + super().greet()
print(Final().greet())

class Logged:
    def __setattr__(self, name, value):
        print("setting", name, "=", value)
        super().__setattr__(name, value)
l = Logged()
l.a = 1
print(l.a)

class Str(str):
    def shout(self):
        return super().upper() + "!"
s = Str("hi")
print(s.shout(), len(s), s + "x", isinstance(s, str))

class MyList(list):
    def append(self, x):
        super().append(x * 2)
ml = MyList([1])
ml.append(5)
print(ml, len(ml), type(ml).__name__)

class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + key
md = MyDict(a=1)
print(md["a"], md["zz"], md)

class Cnt(int):
    def __add__(self, other):
        return Cnt(super().__add__(other) * 10)
print(Cnt(2) + 3, type(Cnt(2) + 3).__name__)
class Lambda(Base):
    def method(self):
        return (lambda: super(Lambda, self).describe())()
print(Lambda(7).method())
