# sys.exit with an int code
import sys
print("before exit")
sys.stdout.flush()
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e))
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs during sys.exit")
cleanup()
print("never printed")
