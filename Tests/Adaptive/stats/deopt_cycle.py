# Stats with exactly known counts (see Tools/check-adaptive.sh): BINARY_OP_ADD_INT hits 58
# times, then misses on strs until its cooldown of 52 runs out (53 misses), and the site
# re-specializes to BINARY_OP_ADD_UNICODE for the last 7 executions.
def plus(a, b):
    return a + b


for i in range(60):
    plus(i, i)
for i in range(60):
    plus("a", "b")
