# with statement, several items
log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return self.suppress

with CM("a") as a, CM("b") as b:
    log.append("body %s %s" % (a, b))
print(log)
log.clear()

with CM("outer", suppress=True), CM("inner"):
    log.append("about to raise")
    raise ValueError("boom")
    log.append("unreachable")
print(log)
log.clear()

try:
    with CM("x") as x:
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)
log.clear()

with (CM("p1") as p1,
      CM("p2") as p2):
    log.append(p1 + p2)
print(log)
log.clear()

def func():
    with CM("ret"):
        return "returned"
print(func(), log)
log.clear()

for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body")
print(log)
log.clear()

with CM("noas"):
    pass
print(log)

class Res:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args are None:", args == (None, None, None))
with Res() as r:
    print(type(r).__name__)
