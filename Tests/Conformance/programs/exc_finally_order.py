# finally ordering
log = []
def step(name):
    log.append(name)

def nested():
    try:
        step("outer try")
        try:
            step("inner try")
            raise ValueError("x")
        except KeyError:
            step("inner except (wrong)")
        finally:
            step("inner finally")
        step("after inner (skipped)")
    except ValueError:
        step("outer except")
    finally:
        step("outer finally")
    step("end")
nested()
print(log)
log.clear()

def ret_in_loop():
    for i in range(3):
        try:
            step("try %d" % i)
            if i == 1:
                return "returned at 1"
        finally:
            step("finally %d" % i)
print(ret_in_loop(), log)
log.clear()

def exc_in_except():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            step("handler")
            raise TypeError("b")
        finally:
            step("finally runs even when handler raises")
    except TypeError as e:
        step("caught " + str(e))
exc_in_except()
print(log)
log.clear()

def finally_overrides():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            step("last iteration")
    return "loop done"
try:
    print(finally_overrides())
except ValueError as e:
    print("escaped ValueError", e)
print(log)
log.clear()

def finally_break():
    while True:
        try:
            raise RuntimeError("discarded by break")
        finally:
            break
    return "break in finally discards exception"
print(finally_break())

def gen():
    try:
        yield 1
        yield 2
    finally:
        step("gen finally")
for v in gen():
    step("got %d" % v)
print(log)
log.clear()

def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        deep(n - 1)
    finally:
        step("unwind %d" % n)
try:
    deep(3)
except LookupError:
    pass
print(log)
