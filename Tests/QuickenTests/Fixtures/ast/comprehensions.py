[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[(x, y) for x in a if x for y in b if y]
{x for x in y}
{k: v for k, v in d.items()}
{k: v for k in a for v in b if k != v}
(x for x in y)
list(x for x in y)
sum(x * x for x in range(10) if x % 2)
[x for x, in y]
[x for *a, x in y]
[x for a.b in y]
[x for a[0] in y]
[[y for y in x] for x in z]
[lambda: x for x in y]
[x for x in (y if z else w)]
[x for x in y if (z := x)]
