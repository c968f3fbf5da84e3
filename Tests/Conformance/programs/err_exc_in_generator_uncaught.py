# uncaught exception raised inside a generator
def items():
    yield 1
    yield 2
    raise IndexError("generator ran off the end")
for x in items():
    print("item", x)
