import functools
@functools.cache
def f(x):
    return x
@staticmethod
@functools.wraps(f)
def g():
    pass
@dataclass
class C:
    pass
