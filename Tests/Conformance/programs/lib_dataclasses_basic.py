from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1); print(p, p == Point(1, 0), p != Point(2), Point(y=5, x=2))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
print(hash(Point.__hash__) if Point.__hash__ else None)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]); print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try: vs[0].major = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del vs[0].major
except FrozenInstanceError as e: print(e)
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    total: ClassVar[int] = 0
a = Inventory('a'); b = Inventory('b'); a.items.append(1); print(a, b, a.items is not b.items, Inventory('a', [1], count=9) == a)
print([f.name for f in fields(Inventory)], is_dataclass(a), is_dataclass(Inventory), is_dataclass(3))
@dataclass
class Line:
    start: Point
    end: Point
    label: str = ''
ln = Line(Point(0, 0), Point(3, 4), 'L'); print(asdict(ln), astuple(ln), replace(ln, label='M'))
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1); print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try: s.c = 3
except AttributeError as e: print('AttributeError')
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.b = self.a * scale
print(WithPost(3), WithPost(3, 5))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(KW(1, c=3), KW.__match_args__)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
print(Derived(), Derived(5, 6), Derived.__match_args__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class UH:
    v: int
print(hash(UH(1)) == hash(UH(1)), Point.__hash__)
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))]); print(C(1))
@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])]); print(n); print(asdict(n))
print(Inventory.__doc__, KW.__doc__, Node.__doc__, WithPost.__doc__)
@dataclass(frozen=True, slots=True)
class FS:
    a: int
fs = FS(1); print(fs, hash(fs) == hash((1,)))
try: fs.a = 2
except FrozenInstanceError as e: print(e)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__ if hasattr(Point.__repr__, '__qualname__') else '')
print(Version.__doc__, Point.__doc__)
