# decorators: function and class, stacked, with args
calls = []

def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

def tag(label):
    def deco(fn):
        def wrapper(*a):
            return "<%s>%s</%s>" % (label, fn(*a), label)
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

print(add(2, 3), add.__name__, calls)

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))

@tag("b")
@tag("i")
def text(s):
    return s
print(text("bold italic"))

order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def g():
    pass
print(order)

def register(cls):
    cls.registered = True
    return cls

def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: name + " called")
        return cls
    return deco

@register
@add_method("greet")
class Thing:
    pass

print(Thing.registered, Thing().greet())

registry = {}
def plugin(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@plugin("double")
def double(x):
    return x * 2
@plugin("square")
def square(x):
    return x * x
print(sorted(registry), registry["double"](4), registry["square"](4))

def counter(fn):
    def inner(*a):
        inner.count += 1
        return fn(*a)
    inner.count = 0
    return inner

@counter
def noop():
    return None
noop(); noop(); noop()
print(noop.count)

@(lambda f: f)
def ident():
    return "expr decorator"
print(ident())

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
