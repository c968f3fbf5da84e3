# yield from
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned:", result)
    yield 3
    return "outer result"

print(list(outer()))
g = outer()
for v in g:
    print("v", v)

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))

def delegating_echo():
    received = yield from echo_sub()
    yield "sub got %r" % (received,)

def echo_sub():
    got = []
    while True:
        x = yield "sub waiting"
        if x is None:
            return got
        got.append(x)

d = delegating_echo()
print(next(d))
print(d.send(1))
print(d.send(2))
print(d.send(None))

def sub_catches():
    try:
        yield "sub1"
    except ValueError:
        yield "sub handled ValueError"
    return "sub done"

def main_gen():
    r = yield from sub_catches()
    yield r
m = main_gen()
print(next(m))
print(m.throw(ValueError))
print(next(m))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], [[5]]], 6])))

def gen_stop_value():
    x = yield from []
    return x
try:
    next(gen_stop_value())
except StopIteration as e:
    print("value from empty yield from:", e.value)

def closing_sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally on close")
def closing_outer():
    yield from closing_sub()
co = closing_outer()
next(co)
co.close()
print("closed outer")
