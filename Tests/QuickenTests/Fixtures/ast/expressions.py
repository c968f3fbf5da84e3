# Operators, precedence and atoms.
a + b - c * d / e // f % g @ h
-a + +b - ~c
a ** -b ** c
(a + b) * (c - d)
a | b ^ c & d << e >> f
not a and b or not c and d
a and b and c or d or e
a < b <= c > d >= e == f != g
a is b, a is not b, a in b, a not in b
x if y else z if w else v
lambda: 0
lambda x, y=1, *args, z, w=2, **kw: x + y
lambda *, k: k
lambda a, /, b: a
(x := 10)
[y := f(x), y ** 2]
f(a)(b)(c)
a.b.c.d
a[b][c]
a[1:2], a[1:], a[:2], a[:], a[::2], a[1:2:3], a[::]
a[1:2, ::3]
a[b, c]
a[(b, c)]
a[*b]
a[*b, c]
a[b:=1]
a[()]
f()
f(a, b, *c, d=1, **e)
f(*a, *b, **c, **d)
f(a=1, *b)
f(x for x in y)
f((x for x in y), z)
None, True, False, ...
()
(1,)
(1, 2)
[]
[1]
[1, 2,]
{}
{1}
{1, 2}
{1: 2, 3: 4}
{**a, b: c, **d}
{*a, *b}
[*a, *b]
print(*args, sep='')
x = yield
