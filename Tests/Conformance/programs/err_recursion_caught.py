# RecursionError caught and reported
import sys
def runaway(n):
    return runaway(n + 1) + 1

try:
    runaway(0)
except RecursionError as e:
    print("RecursionError caught:", e)
    print(isinstance(e, RuntimeError))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion also caught")

depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is large:", depth > 500, depth <= sys.getrecursionlimit())
print("program continues normally after recursion errors")
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(100))
