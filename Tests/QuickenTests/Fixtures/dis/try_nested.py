def f(x):
    try:
        try:
            return x()
        finally:
            x.close()
    except OSError as e:
        return e
def g(items):
    for i in items:
        with i:
            if i:
                break
            continue
    return i
def h():
    try:
        yield 1
    except GeneratorExit:
        return
