x = 1
x += 2
x -= 3
x *= 4
x //= 5
x **= 2
x <<= 1
x |= 8
def f(o, s, i):
    o.attr += 1
    s[i] *= 2
    s[1:2] += [3]
    i @= i
    return o
