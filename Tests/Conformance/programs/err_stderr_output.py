# stderr output with exit code 0: only the last non-empty stderr line is compared
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2\n")
print("out 2")
print("final err line", file=sys.stderr)
print("", file=sys.stderr)
