# hasattr, getattr, setattr, delattr, vars, dir-free checks
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
        self.b = "two"
    def method(self):
        return "m"

o = Obj()
print(hasattr(o, "a"), hasattr(o, "cls_attr"), hasattr(o, "method"), hasattr(o, "zzz"))
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "zzz", None), getattr(o, "method")())
try:
    getattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
setattr(o, "c", [3])
print(o.c, vars(o))
delattr(o, "a")
print(vars(o), hasattr(o, "a"))
try:
    delattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["x1", "x2"]:
    setattr(o, name, name.upper())
print(sorted(vars(o).items()))
print(getattr(Obj, "cls_attr"), getattr(str, "upper")("abc"), getattr([1, 2], "__len__")())
print(vars(Obj)["cls_attr"], "method" in vars(Obj))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
class P:
    @property
    def boom(self):
        raise ValueError("property raised")
try:
    hasattr(P(), "boom")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
class Q:
    @property
    def gone(self):
        raise AttributeError("hidden")
print(hasattr(Q(), "gone"), getattr(Q(), "gone", "default used"))
setattr(Obj, "new_cls", 99)
print(o.new_cls, Obj.new_cls)
print(vars().get("o") is o, "Obj" in vars())
