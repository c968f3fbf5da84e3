# raising SystemExit directly, and exit code wrapping
import sys
print("raise SystemExit(4) directly")
try:
    raise SystemExit
except SystemExit as e:
    print("bare class code:", e.code)
def f():
    raise SystemExit(4)
try:
    f()
finally:
    print("finally before exit")
