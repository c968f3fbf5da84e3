# string indexing and slicing exhaustively
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:5]), repr(s[10:]), repr(s[100:200]), s[-100:3])
print(s[None:None], s[slice(2, None)], s[::1])
for step in [1, 2, 3, -1, -4]:
    print(step, s[::step])
for i in range(-3, 3):
    print(i, s[i:], s[:i])
u = "日本語テキスト"
print(u[1:4], u[::-1], u[-2:], len(u[::2]))
print("a"[0], "a"[-1], "a"[:], "a"[5:])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[True], s[False:True + 2])
