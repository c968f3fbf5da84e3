import heapq, copy, random
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
random.seed(5)
data = [random.randint(0, 100) for _ in range(30)]
h = []
for x in data: heapq.heappush(h, x)
print(h)
h2 = data[:]; heapq.heapify(h2); print(h2)
print([heapq.heappop(h) for _ in range(10)], h)
print(heapq.heapreplace(h, 50), heapq.heappushpop(h, 1), heapq.heappushpop(h, 99), h)
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(0, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(['b', 'd'], ['a', 'c'], key=str.upper)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
pq = []
for pri, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]: heapq.heappush(pq, (pri, name))
print([heapq.heappop(pq) for _ in range(len(pq))])
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush(None, 1)
except TypeError as e: print(e)
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(b, c)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Pt({self.x}, {self.y})'
p = Pt([1], 2); q = copy.copy(p); r = copy.deepcopy(p); p.x.append(5); print(q, r, q is p)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = copy.deepcopy(S()); print(s.a, s.b)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[0])
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
class Cp:
    def __init__(self): self.v = 1
    def __copy__(self): print('custom copy'); return Cp()
    def __deepcopy__(self, memo): print('custom deepcopy'); return Cp()
copy.copy(Cp()); copy.deepcopy(Cp())
dq = deque([[1], [2]], maxlen=5); dq2 = copy.deepcopy(dq); dq[0].append(3); print(dq, dq2)
dd = defaultdict(list, {'a': [1]}); dd2 = copy.deepcopy(dd); dd['a'].append(2); print(dd2, dd2['zz'])
P = namedtuple('P', 'x y'); print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
print(copy.deepcopy(Counter('aab')), copy.copy(OrderedDict(a=1)), copy.deepcopy((1, 2)), copy.deepcopy((1, [2])))
r1 = random.Random(3); r2 = copy.deepcopy(r1); print(r1.random() == r2.random())
class Sub(list):
    pass
sl = Sub([1, [2]]); sl.tag = 'x'; sc = copy.deepcopy(sl); print(type(sc).__name__, sc, sc.tag)
