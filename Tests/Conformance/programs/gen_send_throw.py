# send, throw, close
def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            if value == "stop":
                return received
    finally:
        print("echo cleanup")

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("finished with", e.value)

def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
acc = accumulator()
next(acc)
for n in [10, 20, 30]:
    print("running total", acc.send(n))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("oops")))
print(next(c))
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(c, "exhausted"))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("closer finally")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print(next(cl, "closed gen is exhausted"))

def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad_closer()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def never_started():
    print("body never runs")
    yield
ns = never_started()
ns.close()
print("closed unstarted generator")
t = never_started()
try:
    t.throw(IndexError("thrown before start"))
except IndexError as e:
    print("IndexError:", e)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
