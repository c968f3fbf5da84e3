# sys.exit() / sys.exit(None) / sys.exit(0) exit with code 0
import sys
for arg in [None, 0, False]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("code", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", repr(e.code), e.args)
print("exiting now")
sys.exit(None)
print("not reached")
