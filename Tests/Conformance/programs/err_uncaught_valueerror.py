# uncaught exception: exit code 1, traceback on stderr; stdout before it is kept
def parse(s):
    return int(s)

print("starting")
total = 0
for item in ["1", "2", "three", "4"]:
    total += parse(item)
    print("running total", total)
print("never reached")
