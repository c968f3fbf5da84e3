# Deopt and respecialization: one `a + b` site fed int, then float, then str, then int.
def plus(a, b):
    return a + b


def feed(pairs):
    out = None
    for a, b in pairs:
        out = plus(a, b)
    return out


print(feed([(i, i) for i in range(80)]))
print(feed([(i * 0.5, 1.25) for i in range(80)]))
print(feed([("x" * (i % 3), "y") for i in range(80)]))
print(feed([(i, 7) for i in range(80)]))
