import sys
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print("x", 1, file=s)
print(repr(s.getvalue()))
s.seek(0); print(repr(s.readline()), repr(s.read(3)), repr(s.read()), s.tell())
s.seek(0); print(s.readlines())
s.seek(0); print([line.rstrip() for line in s])
s.seek(2); s.write("LL"); print(repr(s.getvalue()))
s.seek(0, io.SEEK_END); s.write("!"); print(repr(s.getvalue()), s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(10); s.write("z"); print(repr(s.getvalue()))
t = io.StringIO("line1\nline2\nline3")
print(t.read(), t.read(), t.tell(), t.seekable(), t.readable(), t.writable())
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for bad in [lambda: c.read(), lambda: io.StringIO().write(5), lambda: io.StringIO().seek(-1), lambda: io.StringIO("ab").seek(1, 1), lambda: io.StringIO().seek(0, 5), lambda: io.StringIO(3)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.tell(), b.write(b"XYZ"), b.getvalue())
b.seek(1); b.write(bytearray(b"__")); print(b.getvalue(), b.read(), len(b.getvalue()))
try: b.write("str")
except TypeError as e: print(e)
w = io.StringIO(newline="\r\n"); w.write("a\nb"); print(repr(w.getvalue()))
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(s, io.IOBase), io.SEEK_CUR)
out = io.StringIO()
old = sys.stdout
sys.stdout = out
print("captured", 42)
sys.stdout = old
print("got:", repr(out.getvalue()))
lines = io.StringIO("a,b\n1,2\n3,4\n")
header = next(lines).strip().split(",")
rows = [dict(zip(header, l.strip().split(","))) for l in lines]
print(rows)
