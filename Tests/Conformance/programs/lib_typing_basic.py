from typing import *
import typing
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1); print(type(m), m, Movie.__annotations__, sorted(Movie.__required_keys__), type(Movie).__name__)
class Partial(TypedDict, total=False):
    a: int
print(sorted(Partial.__optional_keys__), Partial(a=1))
print(List[int], Optional[int], Union[int, str, None], Callable[[int], str], Callable[..., int], Tuple[int, ...], Dict[str, List[int]], Literal[1, "a"])
T = TypeVar("T"); K = TypeVar('K', bound=int); C = TypeVar('C', covariant=True)
print(T, K, C, Generic[T], List[T], Any, ClassVar[int], Final, Union[int], Optional[Union[int, str]], Tuple[()], Set[str], FrozenSet[int])
print(Dict[str, T][int], Union[int, Union[str, float]], Union[int, int], Optional[None] if False else '', Type[int], Iterable[int], Sequence[str], Mapping[str, int], Iterator[int])
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__mro__, Stack.__orig_bases__, Stack.__parameters__)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = P(1); print(p, P.__mro__, P._fields, P.__annotations__, p.norm(), P(3, -4).norm(), p._replace(y=9))
Q = NamedTuple('Q', [('a', int), ('b', str)]); print(Q(1, 'z'))
U = NewType("U", int); print(U, U(5), type(U(5)))
print(int | None, int | str, type(int | str).__name__, isinstance(3, int | str), isinstance(3.5, int | str), str | None == Optional[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_type_hints(P), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
try: Closable()
except TypeError as e: print(e)
class Shape(Protocol):
    def area(self) -> float: ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area())
try: isinstance(3, Shape)
except TypeError as e: print(e)
print(cast(int, 'x'), isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(1, SupportsInt), isinstance('', SupportsInt))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3), TYPE_CHECKING, AnyStr, Text)
def g(a: int, b: 'str' = 'x') -> Optional[List[int]]: return None
print(g.__annotations__, get_type_hints(g))
class Node:
    def __init__(self, val: int, next: Optional['Node'] = None): self.val = val; self.next = next
print(get_type_hints(Node.__init__))
print(Annotated[int, 'meta'], get_args(Annotated[int, 'm']), Literal['a'] == Literal['a'], Callable[[int], str] == Callable[[int], str])
print(list[int], dict[str, int] if False else '', type[int] if False else '')
Vec = List[float]
def scale(v: Vec, k: float) -> Vec: return [k * x for x in v]
print(scale([1.0, 2.0], 2), Vec)
print(Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int], Generator[int, None, None], Awaitable[int])
