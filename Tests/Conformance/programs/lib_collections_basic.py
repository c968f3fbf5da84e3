from collections import deque, defaultdict, OrderedDict, namedtuple, Counter, ChainMap, UserDict, UserList
import collections.abc as cabc
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Sized, Callable, Set, Generator
d = deque([1, 2, 3]); d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d); d.rotate(2); print(d); d.rotate(-3); print(d)
print(list(reversed(d)), 'a' in d, d.count('a'), d.index('a'))
d2 = deque(range(5), maxlen=3); print(d2, d2.maxlen); d2.append(9); print(d2); d2.appendleft(7); print(d2)
q = deque()
for i in range(10): q.append(i)
out = []
while q:
    out.append(q.popleft())
    if len(out) == 3: q.append(99)
print(out)
try: deque().pop()
except IndexError as e: print(e)
try: deque().popleft()
except IndexError as e: print(e)
try:
    for x in d: d.append(1)
except RuntimeError as e: print(e)
d3 = deque([1, 2]); d3[0] = 5; del d3[1]; print(d3, d3 == deque([5]), deque([1]) + deque([2]), deque([1, 2]) * 2, deque())
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
di = defaultdict(int); 
for w in 'abracadabra': di[w] += 1
print(sorted(di.items()), defaultdict(None), repr(defaultdict(lambda: 0))[:30])
try: defaultdict(None)['x']
except KeyError as e: print('KeyError', e)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
Point = namedtuple('Point', 'x y')
p = Point(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, p == (1, 2))
x, y = p; print(x, y, type(p).__name__, isinstance(p, tuple))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1]); print(P3(9), P3._field_defaults)
try: Point(1)
except TypeError as e: print(e)
try: namedtuple('X', 'a a')
except ValueError as e: print(e)
try: namedtuple('X', 'a _b')
except ValueError as e: print(e)
try: namedtuple('X', 'a class')
except ValueError as e: print(e)
print(namedtuple('R', 'a class _x', rename=True)._fields)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements())[:5], c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=5, b=1), Counter(a=3, b=2) & Counter(a=1, b=5))
print(Counter(), -Counter(a=-2, b=3), +Counter(a=-2, b=3), Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0))
words = "the cat and the hat and the bat".split(); print(Counter(words).most_common(3))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm, cm.new_child({'c': 4}).maps)
class MyDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
m = MyDict(a=1); m['b'] = 5; print(m, len(m), 'a' in m, m.get('zz', 0))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], len(ul))
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance((), Sequence), isinstance('s', Sequence), isinstance({}, Sequence), isinstance(set(), Set), isinstance(3, Hashable), isinstance([], Hashable))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance(deque(), Sized), isinstance((x for x in []), Generator), issubclass(list, Sized))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MyMap({'x': 1, 'y': 2}); print(mm.get('x'), 'y' in mm, list(mm.keys()), list(mm.items()), mm == {'x': 1, 'y': 2}, isinstance(mm, Mapping), dict(mm))
class MySeq(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = MySeq(); print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
try: Sequence()
except TypeError as e: print(e)
class Half(MutableMapping):
    def __getitem__(self, k): return 1
try: Half()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(It(), Sequence))
