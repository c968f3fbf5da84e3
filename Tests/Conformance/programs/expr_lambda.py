# lambda expressions
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, y=4))
kwonly = lambda *, key: key * 2
print(kwonly(key="ab"))
print((lambda: "no args")())
print((lambda x: (lambda y: x + y))(10)(5))
fns = [lambda x, i=i: x + i for i in range(4)]
print([f(100) for f in fns])
late = [lambda x: x + i for i in range(4)]
print([f(100) for f in late])
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x % 3, range(8))))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(5)])
print((lambda a, /, b: a - b)(10, b=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(type(sq).__name__, callable(sq))
print(sq.__qualname__)
def holder():
    return lambda: 0
print(holder().__qualname__)
