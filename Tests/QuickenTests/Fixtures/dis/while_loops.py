def f(n):
    i = 0
    while i < n:
        i += 1
        if i == 5:
            continue
        if i == 7:
            break
    else:
        i = -1
    while True:
        n -= 1
        if n < 0:
            break
    return i
