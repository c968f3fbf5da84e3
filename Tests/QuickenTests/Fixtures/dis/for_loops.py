def f(xs):
    total = 0
    for x in xs:
        total += x
    for i in [1, 2, 3]:
        total += i
    for j in {4, 5}:
        total -= j
    for a, b in xs:
        pass
    else:
        total = 0
    return total
