# sys.exit with a non-int, non-None object: str(obj) goes to stderr, exit code 1
import sys
class Status:
    def __str__(self):
        return "status object: shutting down"
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("list code:", e.code)
try:
    sys.exit(Status())
except SystemExit as e:
    print("object code type:", type(e.code).__name__)
print("exiting with an object")
sys.exit(Status())
