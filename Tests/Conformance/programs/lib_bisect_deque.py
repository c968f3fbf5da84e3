import bisect
from collections import deque
a = [1, 2, 2, 2, 5, 8, 13]
print([bisect.bisect_left(a, x) for x in range(15)], [bisect.bisect_right(a, x) for x in range(15)])
print(bisect.bisect(a, 2, 2, 4), bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 100, hi=3), bisect.bisect_left(a, x=5))
print(bisect.bisect(range(0, 100, 5), 42), bisect.bisect_left('acegik', 'f'), bisect.bisect((1.5, 2.5), 2))
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 5), key=lambda r: r[1]); print(recs)
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.bisect(a), lambda: bisect.bisect(a, 1, 'x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
q = deque()
for i in range(10): (q.append if i % 2 else q.appendleft)(i)
print(q, len(q), bool(q), bool(deque()), q.pop(), q.popleft(), q)
while len(q) > 1: q.pop(); q.popleft() if q else None
print(q)
m = deque(maxlen=3)
for i in range(6): m.append(i)
print(m); m.appendleft(-1); print(m, len(m))
z = deque(maxlen=0); z.append(1); print(z, len(z))
try: deque().popleft()
except IndexError as e: print(e)
try: q.append()
except TypeError as e: print(type(e).__name__)
class MyQ(deque):
    def append(self, x): super().append(x * 10)
mq = MyQ([1]); mq.append(2); print(mq, type(mq).__name__, len(mq))
