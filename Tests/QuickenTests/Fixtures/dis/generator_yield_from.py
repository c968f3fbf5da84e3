def delegate(g):
    result = yield from g
    return result
def pipeline(xs):
    yield from (x * 2 for x in xs)
def gen_in_with(cm):
    with cm:
        yield 1
