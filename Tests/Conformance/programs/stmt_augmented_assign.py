# augmented assignment on names, attributes, subscripts
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 4; print(y)
y >>= 2; print(y)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
t = (1,)
t += (2,)
print(t)
class Obj:
    def __init__(self):
        self.count = 0
        self.items = []
o = Obj()
o.count += 1
o.count += 1
o.items += ["a"]
print(o.count, o.items)
d = {"k": 1}
d["k"] += 10
d.setdefault("new", 0)
d["new"] -= 1
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 2
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)
n = 2 ** 62
n *= 4
print(n)
f = 1.5
f **= 2
print(f)
try:
    undefined_aug += 1
except NameError as e:
    print("NameError:", e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
