# Stats with exactly known counts (see Tools/check-adaptive.sh): `[i] + [i]` cannot specialize.
# Attempts come at executions 2 and 6 of the 10 (backoff waits 3, then 7), both failing
# because list + list has no specialized form.
for i in range(10):
    x = [i] + [i]
