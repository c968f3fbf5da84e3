def f(a, b, c):
    x = a < b < c
    if a < b <= c:
        return x
    if 1 < a == b != c > 0:
        return 1
    return a == b, a != b, a > b, a >= b, a is b, a is not b, a in b, a not in b
