from dataclasses import dataclass, field
import functools, itertools, collections, random, enum, typing, abc, copy, heapq, bisect, operator
nan = float('nan')
@dataclass
class D:
    x: float
a = D(nan); b = D(nan)
print(a == a, a == b, D(1.0) == D(1), D(1) != D(2))
@dataclass(order=True)
class O:
    x: int
    y: str = 'a'
print(O(1) < O(1, 'b'), sorted([O(2), O(1, 'z'), O(1)]), O(1) <= O(1))
try: O(1) < 5
except TypeError as e: print(e)
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=2)), list(itertools.accumulate('abc')))
c = itertools.count(0.5, 0.1); print([next(c) for _ in range(4)])
def gen():
    yield 1; yield 2
t1, t2 = itertools.tee(gen()); print(next(t1), list(t2), list(t1))
print(list(itertools.zip_longest([1, 2, 3], 'ab', [True])), list(itertools.chain.from_iterable(map(range, [1, 2, 3]))))
print(functools.reduce(lambda a, b: a + b, ['a', 'b', 'c'], 'x'), functools.partial(max, default=0)([]))
p = functools.partial(sorted, key=len); print(p(['ccc', 'a', 'bb']), p.keywords)
class K:
    @functools.lru_cache(maxsize=4)
    def sq(self, n): return n * n
    @functools.cached_property
    def prop(self): return [1]
k = K(); print(k.sq(3), k.sq(3), K.sq.cache_info().hits, k.prop is k.prop)
d = collections.deque('abcdef', maxlen=4); print(d, d.maxlen); d.extendleft('xy'); print(d); d.rotate(1); print(d, d[1], d[-2])
print(collections.Counter('hello world').most_common(3), collections.Counter({'a': 2, 'b': -1}).total(), sorted(collections.Counter(a=2, b=1).elements()))
od = collections.OrderedDict.fromkeys('abc', 0); od['a'] += 1; od.move_to_end('a'); print(list(od.items()), od.popitem(last=False))
dd = collections.defaultdict(lambda: 'N/A'); print(dd['x'], len(dd), 'x' in dd)
NT = collections.namedtuple('NT', ['a', 'b'], defaults=[2]); n = NT(1); print(n, n._replace(a=5), NT._make((3, 4)), n.count(1), n.index(2), n + (3,), n[::-1], hash(n) == hash((1, 2)))
try: n._replace(c=1)
except TypeError as e: print(e)
try: NT(1, 2, 3)
except TypeError as e: print(e)
r = random.Random('abc'); print(r.randint(0, 10**12), r.choice(range(100)), r.sample(range(1000), 3), round(r.triangular(), 12))
r2 = random.Random(); r2.seed(123, version=1); print(r2.random())
print(random.Random(2**200).getrandbits(33), random.Random(-(2**70)).random())
class Color(enum.Enum):
    RED = 'r'; GREEN = 'g'
    def __str__(self): return self.name.lower()
print(f"{Color.RED}", format(Color.GREEN, '>6'), '%s' % Color.RED, repr(Color('g')))
class Num(enum.IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE + Num.TWO, Num(1) is Num.ONE, Num['TWO'], sum(Num), Num.ONE == 1.0, f"{Num.TWO:03d}", '%d' % Num.TWO, str(Num.TWO), hex(Num.TWO))
print(typing.get_type_hints(O), typing.Optional[int] == typing.Union[int, None], typing.List[int] == typing.List[int])
h = [5, 1, 4]; heapq.heapify(h); print(h, heapq.nsmallest(2, [3, 1, 2], key=lambda x: -x), list(heapq.merge([1, 3], [2, 4], key=lambda x: x)))
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([(1, 'a'), (2, 'b')], 2, key=lambda p: p[0]))
l = [1, 3]; bisect.insort(l, 2); bisect.insort_left(l, 0); print(l)
print(copy.deepcopy({'a': [1, {'b': (2, [3])}]}), copy.copy(frozenset([1])) == frozenset([1]))
