# type (1-arg and 3-arg), object, isinstance, issubclass
print(type(1), type("a"), type([]), type(None))
print(type(1) is int, type(True) is bool, type(True) is int)

def init(self, x):
    self.x = x
Dyn = type("Dyn", (object,), {"init_val": 10, "__init__": init, "double": lambda self: self.x * 2})
d = Dyn(21)
print(Dyn.__name__, d.x, d.double(), Dyn.init_val, type(d).__name__, isinstance(d, Dyn))
Sub = type("Sub", (Dyn,), {"triple": lambda self: self.x * 3})
s = Sub(5)
print(s.double(), s.triple(), [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__[0].__name__)
o = object()
print(type(o).__name__, isinstance(o, object), hasattr(o, "__dict__"))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(isinstance(True, int), isinstance(1.0, int), isinstance("s", object), isinstance(int, type))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type))
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), (list, set)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, A), issubclass(A, (B,)))
print(type(A).__name__, type(A()) is A, A.__class__.__name__)
print(object.__name__, object.__bases__, int.__bases__[0].__name__, bool.__bases__[0].__name__)
print(type.__name__, type(type) is type)
print(callable(type), callable(A), callable(A()), callable(lambda: 0), callable("s"))
