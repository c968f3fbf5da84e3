# chained and tuple assignment
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "MN"
print(m, n)
i, (j, [k, l]) = 1, (2, [3, 4])
print(i, j, k, l)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, "set"
print(i, lst)
d = {}
d["a"], d["b"] = "A", "B"
print(d)
class O:
    pass
o = O()
o.x, o.y = 10, 20
print(o.x, o.y)
first, second, *_ = range(10)
print(first, second, _)
a = b = 5
a += 1
print(a, b)
u, = [42]
print(u)
(v) = 7
print(v)
w = z = "shared"
print(w is z)
t = 1, 2, 3
one, two, three = t
print(one + two + three)
s1, s2 = "hi"
print(s1, s2)
k1, k2 = {"key1": 1, "key2": 2}
print(k1, k2)
