# __enter__/__exit__ incl. suppression
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False

with Suppress(KeyError):
    {}["nope"]
print("continued after suppressed KeyError")
with Suppress(LookupError):
    [][1]
print("LookupError suppressed IndexError")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

class Timer:
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        self.events.append("start " + self.name)
        return self.events
    def __exit__(self, *exc):
        self.events.append("stop " + self.name)
events_ref = None
with Timer("t") as events:
    events.append("work")
    events_ref = events
print(events_ref)

class ExitRaises:
    def __enter__(self):
        return "value"
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with ExitRaises() as v:
        print("inside with", v)
        raise ValueError("from body")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("final depth", Reentrant.depth)

def gen_with_cm():
    with Suppress(ValueError):
        yield 1
        raise ValueError("in gen")
    yield 2
print(list(gen_with_cm()))

class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except OSError as e:
    print("OSError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
def early_return():
    with Timer("ret") as ev:
        return ev
print(early_return())
