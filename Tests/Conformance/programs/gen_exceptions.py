# exceptions in generators
def raiser():
    yield 1
    raise ValueError("inside generator")
    yield 2

g = raiser()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted after exception"))

def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")
for x in with_finally():
    print(x)
wf = with_finally()
for x in wf:
    print(x)
    break
print("after break")
wf.close()
print("after explicit close")

def handler():
    try:
        yield 1 / 0
    except ZeroDivisionError:
        yield "handled"
print(list(handler()))

def gen_in_try():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield "key error %s" % e
print(list(gen_in_try()))

def consumer_error():
    yield 1
    yield 2
gen = consumer_error()
try:
    for v in gen:
        raise RuntimeError("consumer failed at %d" % v)
except RuntimeError as e:
    print(e)
print(next(gen))

def reraise():
    try:
        yield
    except Exception as e:
        raise TypeError("converted") from e
r = reraise()
next(r)
try:
    r.throw(ValueError("orig"))
except TypeError as e:
    print(e, "from", repr(e.__cause__))

def gen_expression_error():
    return (1 / x for x in [1, 0, 2])
ge = gen_expression_error()
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
