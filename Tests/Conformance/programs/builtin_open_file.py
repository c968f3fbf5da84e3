# open for writing then reading a text file under /tmp
import sys
import time
path = "/tmp/quicken_conf_open_%d_%d.txt" % (time.time_ns(), id(sys))

with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third line without newline")
print("write returned", n)

with open(path) as f:
    content = f.read()
print(repr(content))

with open(path, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))

with open(path) as f:
    print(f.readlines())

with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))

with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    lines = [l.strip() for l in f]
print(lines, len(lines))

f = open(path, "w")
print(f.closed)
f.write("ünïcode ✓\n")
f.write("%d squared is %d\n" % (7, 49))
print("number", 42, file=f)
print("a", "b", sep="-", end="!\n", file=f)
f.close()
print(f.closed)
with open(path, encoding="utf-8") as f:
    data = f.read()
print(data, end="")
print(len(data), data.count("\n"))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
f = open(path, "w")
f.writelines(["x\n", "y\n", "z"])
f.close()
with open(path) as f:
    print(f.read(2), "|", f.read(), "|", repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
with open(path, "wb") as f:
    f.write(b"bin\x00ary")
with open(path, "rb") as f:
    print(f.read())
try:
    open("/tmp/quicken_conf_definitely_missing_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
except OSError as e:
    print("OSError", type(e).__name__)
# leave only an empty file behind (no os module available to delete it)
open(path, "w").close()
with open(path) as f:
    print(repr(f.read()))
