# higher-order functions, partial application by hand, composition
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

def partial(fn, *bound, **bound_kw):
    def wrapper(*args, **kw):
        merged = dict(bound_kw)
        merged.update(kw)
        return fn(*bound, *args, **merged)
    return wrapper

def curry2(f):
    return lambda a: lambda b: f(a, b)

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
power_of_two = partial(pow, 2)
print([power_of_two(n) for n in range(6)])
greet = partial("{greeting}, {name}!".format, greeting="Hi")
print(greet(name="Ann"), greet(name="Bo", greeting="Yo"))
add = curry2(lambda a, b: a + b)
print(add(3)(4), list(map(add(10), [1, 2, 3])))

def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: b + a, "abc", ""))

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))

def make_ops():
    return {name: fn for name, fn in [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b), ("mul", lambda a, b: a * b)]}
ops = make_ops()
print({k: ops[k](7, 3) for k in sorted(ops)})
def apply_n(f, n):
    def run(x):
        for _ in range(n):
            x = f(x)
        return x
    return run
print(apply_n(dbl, 10)(1), apply_n(lambda s: s + "!", 3)("hey"))
print(sorted(["b3", "a10", "a2"], key=lambda s: (s[0], int(s[1:]))))
print([f(2) for f in filter(lambda f: f(2) > 3, [inc, dbl, lambda x: x ** 3])])
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
val = "  Hello World  "
for step in pipeline:
    val = step(val)
print(val)
