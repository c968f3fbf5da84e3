import os
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (d, e as f,)
from .mod import *
from __future__ import annotations
x = 1
x = y = z = 0
x, y = y, x
x, = y
[x, y] = z
(x, y), z = t
*x, y = z
x, *y, z = w
a.b = c
a[b] = c
a[b:c] = d
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
x @= y; x &= y; x |= y; x ^= y; x <<= y; x >>= y
a.b += 1
a[0] += 1
x: int
x: int = 5
(x): int = 5
a.b: str
a[0]: str = 'x'
del x
del x, y
del (x, y)
del [x], y.z, w[0]
del x,
assert x
assert x, 'message'
pass
global g1, g2
nonlocal n1
raise
raise E
raise E from e
raise E() from None
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    pass
for i, (j, k) in items:
    pass
for x, in y: pass
for *a, b in c: pass
for a.b in c: pass
for a[0] in c: pass
else:
    pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with (a, b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (yield): pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c, d as e[0]: pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
x = 1 if y else 2
if x: y = 1; z = 2
