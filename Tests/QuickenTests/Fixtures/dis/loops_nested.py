def f(m):
    total = 0
    for row in m:
        for x in row:
            if x < 0:
                continue
            if x > 100:
                break
            total += x
        else:
            total += 1
    return total
