# classes with bases and keywords
class Base:
    kind = "base"
    def hello(self):
        return "hello from " + type(self).__name__

class Child(Base):
    kind = "child"

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["extra"] = kw.get("extra", "none")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class WithMeta(Base, metaclass=Meta, extra="kw value"):
    pass

c = Child()
print(c.hello(), c.kind, Base.kind)
print(WithMeta.extra, WithMeta().hello())
print(type(WithMeta).__name__)
print(Child.__bases__[0].__name__)
print(Child.__name__, Child.__qualname__, Child.__module__)

class Empty:
    pass
print(Empty.__bases__[0].__name__)

class Outer:
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__)
print(Outer().method().__qualname__)

class Doc:
    """Docstring here."""
print(Doc.__doc__)
print(Empty.__doc__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, c.id)

def make_class(n):
    class Dyn:
        value = n
        def get(self):
            return self.value
    return Dyn
print(make_class(7)().get(), make_class(8).value)

class A:
    x = 1
    y = x + 1
    z = [x for _ in range(2)] if False else None
print(A.y, A.z)
