# class vs instance attributes
class Config:
    default_level = 1
    registry = []
    def __init__(self, name):
        self.name = name
        Config.registry.append(name)

a = Config("a")
b = Config("b")
print(a.default_level, b.default_level, Config.default_level)
a.default_level = 5
print(a.default_level, b.default_level, Config.default_level)
Config.default_level = 9
print(a.default_level, b.default_level)
del a.default_level
print(a.default_level)
print(Config.registry, a.registry is b.registry)
print(sorted(vars(a).items()), sorted(a.__dict__))
print("default_level" in Config.__dict__, "name" in Config.__dict__)
a.dynamic = "added later"
print(a.dynamic, hasattr(b, "dynamic"))
try:
    b.dynamic
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.nothing
except AttributeError as e:
    print("AttributeError:", e)
setattr(b, "via_setattr", 3)
print(getattr(b, "via_setattr"), getattr(b, "nope", "fallback"))
delattr(b, "via_setattr")
print(hasattr(b, "via_setattr"))
class Point:
    pass
p = Point()
p.x = 1
p.y = 2
print(p.__dict__)
p.__dict__["z"] = 3
print(p.z)
print(type(p).__name__, p.__class__.__name__, p.__class__ is Point)
class WithClassCounter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(WithClassCounter):
    pass
WithClassCounter(); WithClassCounter(); Sub()
print(WithClassCounter.instances, Sub.instances)
def method(self):
    return "patched " + self.name
Config.method = method
print(a.method())
