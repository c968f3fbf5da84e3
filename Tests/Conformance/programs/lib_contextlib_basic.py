from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator, AbstractContextManager
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)
with swallow():
    1 / 0
print("continues")
@contextmanager
def bad():
    if False: yield
try:
    with bad(): pass
except RuntimeError as e: print(e)
@tag("deco")
def work(x): print("working", x); return x * 2
print(work(21))
with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print("not suppressed:", e)
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with closing(Res(1)) as r: print("using", r.n)
with nullcontext(5) as v: print("null", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured:", repr(buf.getvalue()))
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback ran")
    print("body")
def cleanup(*exc): print("exit cb", exc[0].__name__ if exc[0] else None); return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise ValueError("handled by stack")
print("after stack")
class Timer(ContextDecorator):
    def __enter__(self): print("start"); return self
    def __exit__(self, *exc): print("stop"); return False
@Timer()
def timed(): print("timed body")
timed()
print(isinstance(Timer(), AbstractContextManager), issubclass(io.StringIO, AbstractContextManager), isinstance(3, AbstractContextManager))
@contextmanager
def gen_reraise():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with gen_reraise(): raise ValueError("orig")
except TypeError as e: print("TypeError", e, type(e.__context__).__name__)
