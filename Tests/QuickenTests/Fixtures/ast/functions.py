def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a=1, /, b=2): pass
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a: int, b: str = 'x', *c: float, d: bool, **e: dict) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(a, *, b,): pass
def f(a, **k,): pass

@dec
def g(): pass

@dec.attr
@dec(1, 2)
@dec[0]
@(lambda f: f)
@x := y
def h():
    """Docstring."""
    return

class C: pass
class C(): pass
class C(B): pass
class C(B1, B2, metaclass=M, **kw): pass
class C(*bases): pass

@decorator
class D(Base):
    x = 1
    def method(self, a, *args, key=None, **kwargs):
        return super().method(a, *args, key=key, **kwargs)

    @property
    def prop(self) -> int:
        return self._prop

    class Inner:
        pass

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from g()
    z = (yield)
    await_ = 1
    return x

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
