# throw() and close() reach a generator delegated to with `yield from`, also after the
# delegating frame's RESUME instructions have run (and been quickened) many times.
def inner():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            total = -len(str(e))


def outer():
    result = yield from inner()
    return result


for round_ in range(3):
    g = outer()
    next(g)
    for i in range(50):
        g.send(i)
    print(round_, g.send(0), g.throw(ValueError("boom")), g.send(5))
    g.close()
    print("closed", g.gi_frame is None if hasattr(g, "gi_frame") else True)
