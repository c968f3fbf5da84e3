def f(xs):
    if (n := len(xs)) > 3:
        return n
    ys = [y for x in xs if (y := x * 2)]
    return y, ys
while (line := input()):
    print(line)
