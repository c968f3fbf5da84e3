import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property
import operator
from operator import itemgetter, attrgetter, methodcaller
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try: reduce(operator.add, [])
except TypeError as e: print(e)
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords)
def f(a, b, c=3): return (a, b, c)
p2 = partial(f, 1); p3 = partial(p2, c=9); print(p2(2), p3(2), p3.args, p3.keywords)
print(repr(partial(f, 1, c=2)).startswith('functools.partial(<function f at'))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def sq(x): return x * x
print([sq(i % 3) for i in range(10)], sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache(maxsize=2)
def g(x): print('compute', x); return x
g(1); g(2); g(1); g(3); g(2); g(1); print(g.cache_info(), g.__name__, g.__wrapped__.__name__)
@cache
def h(a, b=1): return a + b
print(h(1), h(1, b=1), h(1, 1), h.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    """The doc."""
    return x
print(documented.__name__, documented.__doc__, documented.__qualname__, documented.__wrapped__ is not None)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def val(self): print('computing'); return 42
c = C(); print(c.val, c.val)
print(operator.add(1, 2), operator.mul('a', 3), operator.neg(5), operator.not_(0), operator.truth([]), operator.index(7))
print(operator.getitem([1, 2], 1), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), repr(itemgetter(1, 'a')))
class P: 
    def __init__(self): self.x = 1; self.sub = self if False else type('S', (), {'y': 2})()
print(attrgetter('x')(P()), attrgetter('x', 'sub.y')(P()), repr(attrgetter('a.b')))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), repr(methodcaller('f', 1, k=2)))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=itemgetter(1, 0)))
x = [1]; print(operator.iadd(x, [2]), x, operator.lt(1, 2), operator.is_(None, None), operator.xor(5, 3))
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 9))
@functools.singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register
def _(x: str): return 'str'
print(show(1), show('a'), show(1.5), show(True))
