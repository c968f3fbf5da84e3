# del statement
a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
print(b)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)

class Obj:
    pass

o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), hasattr(o, "other"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)

x, y, z = 1, 2, 3
del x, y
print(z)
try:
    x
except NameError as e:
    print(e)

nested = [[1, 2, 3], [4, 5, 6]]
del nested[1][0]
print(nested)

def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())

t = [1, 2, 3]
del (t[0])
print(t)
m = [0, 1, 2, 3, 4, 5]
del m[1], m[2]
print(m)
