# recursive container reprs
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
print(len(a), a[2] is a, a[2][2][0])
b = [a, a]
print(b)
d = {"self": None}
d["self"] = d
print(d)
c = [1]
e = [c]
c.append(e)
print(c, e)
f = {"k": [1]}
f["k"].append(f)
print(f)
t = ([],)
t[0].append(t)
print(t)
x = []
x.append(x)
x.append(x)
print(x)
