def f(x):
    if x in (1, 2, 3):
        return 1
    if x in [4, 5]:
        return 2
    if x in {6, 7}:
        return 3
    if x not in "abc":
        return 4
    return x in [x, 1]
