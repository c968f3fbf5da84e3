# functions as values, __name__, __qualname__, __doc__
def square(x):
    """Return x squared."""
    return x * x

def nodoc():
    pass

print(square.__name__, square.__qualname__, square.__doc__)
print(nodoc.__doc__, nodoc.__module__)
ops = {"sq": square, "neg": lambda x: -x, "abs": abs}
print([ops[k](-3) for k in ("sq", "neg", "abs")])
print(ops["abs"].__name__, ops["neg"].__name__)
alias = square
print(alias(5), alias.__name__, alias is square)
def apply_all(fns, value):
    return [f(value) for f in fns]
print(apply_all([square, str, float, bool], 4))

class K:
    def method(self):
        """Method doc."""
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(K.method.__qualname__, K().method().__qualname__, K.Nested.deep.__qualname__)
print(K.method.__doc__, K.method.__name__)
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer().__qualname__, outer()().__qualname__)
square.__doc__ = "changed"
print(square.__doc__)
square.custom_attr = 42
print(square.custom_attr)
def f():
    "single-quoted docstring"
print(f.__doc__)
def g():
    x = 1
    "not a docstring"
print(g.__doc__)
print(type(square).__name__, callable(square), callable(42))
print(str(len), repr(len))
print(sorted([3, 1, 2], key=None), list(map(str.upper, ["a", "b"])))
funcs = []
for name in ["upper", "lower", "title"]:
    funcs.append(getattr(str, name))
print([fn("hELLO wORLD") for fn in funcs])
print(max.__name__, print.__name__)
