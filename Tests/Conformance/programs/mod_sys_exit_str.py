# sys.exit with a string: message to stderr, exit code 1
import sys
print("about to exit with a message")
try:
    sys.exit("first message, caught")
except SystemExit as e:
    print("caught:", e.code)
sys.exit("fatal: something went wrong")
