# extended slices, slice assignment and deletion
a = list(range(10))
print(a[1:10:2], a[::-1], a[::3], a[-3:], a[:-3], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1], a[::-4])
s = "hello world"
print(s[::-1], s[1:8:3], s[-5:], s[:0], s[::2])
t = tuple(range(6))
print(t[1::2], t[::-2])
b = list(range(10))
b[2:5] = ["a", "b"]
print(b)
b[0:0] = [100, 200]
print(b)
b[-1:] = []
print(b)
b[::2] = "XXXXX"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
d = list(range(5))
d[1:4] = range(10, 16)
print(d)
d[:] = [0]
print(d)
e = [1, 2, 3, 4, 5]
e[::-1] = e
print(e)
sl = slice(1, 8, 2)
print(a[sl], sl.start, sl.stop, sl.step)
print(slice(5), slice(1, 2), slice(None, None, -1))
print(slice(0, 10, 3).indices(5), slice(None, None, -1).indices(4))
print("abcdef"[slice(None, None, 2)])
print(a[2:8][::-1][1:3])
print(b"bytes"[1:4], b"bytes"[::-1])
print(range(20)[3:15:4])
big = list(range(5))
big[1:2] = [[9, 9]]
print(big)
big[len(big):] = [7, 8]
print(big)
