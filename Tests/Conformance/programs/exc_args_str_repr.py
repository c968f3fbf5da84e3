# exception args / str / repr
excs = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    ValueError("bad value"),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    TypeError(None),
    RuntimeError(""),
    OSError(2, "No such file"),
    StopIteration(7),
    SystemExit(3),
    AssertionError("msg"),
    ZeroDivisionError("custom text"),
    UnicodeError("u"),
    Exception([1, 2]),
    KeyError(42),
    NameError("name 'q' is not defined"),
]
for e in excs:
    print(type(e).__name__, "|", e.args, "|", str(e), "|", repr(e))
e = ValueError("x")
e.args = ("replaced", 1)
print(str(e), repr(e))
se = StopIteration("v")
print(se.value)
sy = SystemExit(5)
print(sy.code)
os_err = OSError(2, "No such file or directory")
print(os_err.errno, os_err.strerror)
try:
    raise ValueError("with", "several", "args")
except ValueError as err:
    print(err.args[1], len(err.args))
ex = Exception("message")
print(f"{ex}", "%s" % ex, "{}".format(ex), f"{ex!r}")
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError("")))
print(BaseException("b"), repr(BaseException()))
