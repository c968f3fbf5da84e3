# Specialization pattern: module globals and builtins (LOAD_GLOBAL) versus locals.
SCALE = 3


def with_globals(n):
    total = 0
    for i in range(n):
        total += i * SCALE + len("ab")
    return total


def with_locals(n):
    scale = SCALE
    size = len
    total = 0
    for i in range(n):
        total += i * scale + size("ab")
    return total


print(with_globals(300), with_locals(300))
