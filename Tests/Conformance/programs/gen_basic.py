# basic generators
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(list(count_up(5)), sum(count_up(101)))

def with_return():
    yield 1
    yield 2
    return "done"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, repr(e))
print(list(with_return()))

def early_exit(items):
    for x in items:
        if x < 0:
            return
        yield x
print(list(early_exit([1, 2, -1, 3])))

def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def lazy_trace():
    print("  started")
    yield "a"
    print("  resumed")
    yield "b"
    print("  finishing")
lt = lazy_trace()
print("created")
for v in lt:
    print("got", v)
print(next(lt, "default after exhaustion"))
gen_exp = (x * x for x in range(4))
print(next(gen_exp), list(gen_exp))
def empty():
    return
    yield
print(list(empty()))
def yields_none():
    yield
print(list(yields_none()))
g = count_up(2)
print(iter(g) is g)
print(g.__name__, g.__qualname__)
