# __getattr__, __getattribute__, __setattr__, __delattr__
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("%r has no %r" % (type(self).__name__, name))

d = Dynamic()
print(d.real, d.auto_hello, getattr(d, "auto_x"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "auto_z"), hasattr(d, "zzz"), getattr(d, "zzz", "default"))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)

class Target:
    pass
t = Target()
p = Proxy(t)
p.color = "red"
print(p.color, t.color)
del p.color
print(hasattr(t, "color"))
print(p.log)

class Counted:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def foo(self):
        return "foo"
c = Counted()
c.foo(); c.foo(); c.__class__
print(c.hits)

class Defaults:
    x = 1
    def __getattr__(self, name):
        return "fallback for " + name
df = Defaults()
print(df.x, df.y)
df.y = "now set"
print(df.y)
class Ro:
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
try:
    Ro().a = 1
except AttributeError as e:
    print("AttributeError:", e)
