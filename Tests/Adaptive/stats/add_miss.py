# Stats with exactly known counts (see Tools/check-adaptive.sh): the `a + b` site runs twice
# generically (warmup, then the specializing execution), 98 times as BINARY_OP_ADD_INT, and
# misses once on a float.
def add(a, b):
    return a + b


for i in range(100):
    add(i, 1)
add(1.5, 2)
