# builtin exception hierarchy: catch by base class
def classify(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except (TypeError, ValueError) as e:
        return "TypeOrValue<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
    return "no error"

cases = [
    lambda: {}["k"],
    lambda: [][0],
    lambda: "abc"[9],
    lambda: 1 / 0,
    lambda: 10 % 0,
    lambda: 2.0 ** 5000,
    lambda: int("x"),
    lambda: 1 + "a",
    lambda: undefined_name,
    lambda: None.attr,
    lambda: "ü".encode("ascii"),
    lambda: next(iter([])),
    lambda: None,
]
for c in cases:
    print(classify(c))

chains = [KeyError, IndexError, ZeroDivisionError, OverflowError, UnicodeDecodeError,
          UnicodeEncodeError, UnboundLocalError, NotImplementedError, RecursionError,
          FileNotFoundError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
          ModuleNotFoundError, AssertionError, FloatingPointError]
for exc in chains:
    print(" -> ".join(c.__name__ for c in exc.__mro__))
print(issubclass(KeyError, LookupError), issubclass(UnicodeError, ValueError))
print(issubclass(BaseException, Exception), issubclass(SystemExit, Exception))
print(issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    try:
        raise NotImplementedError("abstract")
    except RuntimeError as e:
        print("RuntimeError catches", type(e).__name__, e)
        raise
except Exception as e:
    print("reraised", repr(e))
