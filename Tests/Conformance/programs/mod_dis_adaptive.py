# dis.dis(..., adaptive=True) shows the specialized instructions once code is warm.
import dis

SCALE = 2.5


def add2(a, b):
    return a + b


def scaled(xs):
    out = []
    for x in xs:
        out.append(x * SCALE)
    return out


def count_small(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
    return n


for i in range(20):
    add2(i, i)
    scaled([1.0, 2.0, 3.0])
    count_small(list(range(10)), 5)

dis.dis(add2)
dis.dis(add2, adaptive=True)
dis.dis(scaled, adaptive=True)
dis.dis(count_small, adaptive=True)
print(dis.opmap["LOAD_FAST"], dis.opname[dis.opmap["CALL"]])
