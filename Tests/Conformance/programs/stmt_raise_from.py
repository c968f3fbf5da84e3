# raise ... from
class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("bad input: " + s) from e

try:
    parse("xyz")
except AppError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
    print(e.__context__ is e.__cause__)

def hide():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden context") from None

try:
    hide()
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    raise RuntimeError("outer") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__))
    print(e.__context__)

try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("during handling")
try:
    implicit()
except LookupError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise TypeError("b") from a
except TypeError as b:
    print(b.__cause__.args, b.__context__.args)

e = Exception("standalone")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set manually")
print(repr(e.__cause__))
