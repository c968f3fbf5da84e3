"""A typed inventory service: Protocols, Generic repositories, TypedDict payloads,
NamedTuple records, frozen slotted dataclasses, bisect-based price index and reports."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, asdict, fields
from typing import (Callable, ClassVar, Dict, Generic, Iterable, Iterator, List, NamedTuple,
                    Optional, Protocol, TypedDict, TypeVar, Union, runtime_checkable)
from operator import attrgetter, itemgetter
from collections import defaultdict
from enum import StrEnum


class Category(StrEnum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"
    TOYS = "toys"


@dataclass(frozen=True, slots=True, order=True)
class Sku:
    code: str

    def __str__(self) -> str:
        return self.code.upper()


@dataclass
class Product:
    sku: Sku
    name: str
    category: Category
    price_cents: int
    stock: int = 0
    tags: List[str] = field(default_factory=list)
    MAX_STOCK: ClassVar[int] = 500

    def value(self) -> int:
        return self.price_cents * self.stock


class Movement(NamedTuple):
    sku: Sku
    delta: int
    reason: str = "adjust"


class ProductPayload(TypedDict):
    sku: str
    name: str
    category: str
    price: float


@runtime_checkable
class HasSku(Protocol):
    sku: Sku


class Identified(Protocol):
    def key(self) -> str: ...


T = TypeVar("T")
K = TypeVar("K")


class Repository(Generic[K, T]):
    def __init__(self, key: Callable[[T], K]) -> None:
        self._items: Dict[K, T] = {}
        self._key = key

    def add(self, item: T) -> None:
        k = self._key(item)
        if k in self._items:
            raise KeyError(f"duplicate key {k}")
        self._items[k] = item

    def get(self, k: K) -> Optional[T]:
        return self._items.get(k)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def where(self, pred: Callable[[T], bool]) -> List[T]:
        return [x for x in self if pred(x)]


class PriceIndex:
    """Products sorted by price for range queries."""

    def __init__(self) -> None:
        self._prices: List[int] = []
        self._skus: List[Sku] = []

    def insert(self, p: Product) -> None:
        i = bisect.bisect_right(self._prices, p.price_cents)
        self._prices.insert(i, p.price_cents)
        self._skus.insert(i, p.sku)

    def between(self, lo: int, hi: int) -> List[Sku]:
        i = bisect.bisect_left(self._prices, lo)
        j = bisect.bisect_right(self._prices, hi)
        return self._skus[i:j]


class InventoryError(Exception):
    pass


class Inventory:
    def __init__(self) -> None:
        self.products: Repository[Sku, Product] = Repository(attrgetter("sku"))
        self.index = PriceIndex()
        self.journal: List[Movement] = []

    def load(self, payloads: Iterable[ProductPayload]) -> None:
        for data in payloads:
            p = Product(Sku(data["sku"]), data["name"], Category(data["category"]),
                        round(data["price"] * 100))
            self.products.add(p)
            self.index.insert(p)

    def move(self, m: Movement) -> None:
        p = self.products.get(m.sku)
        if p is None:
            raise InventoryError(f"unknown sku {m.sku}")
        new = p.stock + m.delta
        if new < 0:
            raise InventoryError(f"{p.name}: cannot remove {-m.delta}, only {p.stock} left")
        if new > Product.MAX_STOCK:
            raise InventoryError(f"{p.name}: over capacity ({new} > {Product.MAX_STOCK})")
        p.stock = new
        self.journal.append(m)

    def by_category(self) -> Dict[Category, List[Product]]:
        out: Dict[Category, List[Product]] = defaultdict(list)
        for p in self.products:
            out[p.category].append(p)
        return dict(out)


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def describe(x: Union[Product, Movement, str]) -> str:
    if isinstance(x, Product):
        return f"product {x.name}"
    if isinstance(x, tuple):
        return f"movement {x.sku}:{x.delta:+d}"
    return f"text {x!r}"


CATALOG: List[ProductPayload] = [
    {"sku": "t-100", "name": "Hammer", "category": "tools", "price": 12.5},
    {"sku": "t-101", "name": "Screwdriver set", "category": "tools", "price": 19.99},
    {"sku": "g-200", "name": "Rake", "category": "garden", "price": 15.0},
    {"sku": "g-201", "name": "Hose 25m", "category": "garden", "price": 34.95},
    {"sku": "k-300", "name": "Chef knife", "category": "kitchen", "price": 49.0},
    {"sku": "k-301", "name": "Cutting board", "category": "kitchen", "price": 9.5},
    {"sku": "y-400", "name": "Kite", "category": "toys", "price": 7.25},
    {"sku": "y-401", "name": "Puzzle 1000", "category": "toys", "price": 14.0},
]

inv = Inventory()
inv.load(CATALOG)
print("loaded", len(inv.products), "products")
try:
    inv.load([CATALOG[0]])
except KeyError as e:
    print("rejected:", e)

moves = [Movement(Sku("t-100"), 40, "delivery"), Movement(Sku("g-200"), 25, "delivery"),
         Movement(Sku("k-300"), 10), Movement(Sku("y-400"), 120, "delivery"),
         Movement(Sku("t-100"), -15, "sale"), Movement(Sku("k-300"), -12, "sale"),
         Movement(Sku("z-999"), 1), Movement(Sku("y-400"), 400, "delivery"),
         Movement(Sku("y-401"), 30, "delivery"), Movement(Sku("g-201"), 5)]
for m in moves:
    try:
        inv.move(m)
    except InventoryError as e:
        print("error:", e)

for cat, items in sorted(inv.by_category().items()):
    total = sum(p.value() for p in items)
    names = ", ".join(f"{p.name}({p.stock})" for p in sorted(items, key=attrgetter("name")))
    print(f"{cat:<8} {money(total):>10}  {names}")

print("between 10 and 20:", [str(s) for s in inv.index.between(1000, 2000)])
print("cheapest:", min(inv.products, key=attrgetter("price_cents")).name)
top = sorted(inv.products, key=lambda p: (-p.value(), p.name))[:3]
print("top value:", [(p.name, money(p.value())) for p in top])
print("journal reasons:", sorted({m.reason for m in inv.journal}))
print("deliveries:", sum(m.delta for m in inv.journal if m.reason == "delivery"))
print(describe(top[0]), "|", describe(inv.journal[0]), "|", describe("x"))
p = inv.products.get(Sku("t-100"))
print(isinstance(p, HasSku), isinstance("x", HasSku), Sku("a") < Sku("b"), str(Sku("t-100")))
print([f.name for f in fields(Product)], asdict(p)["sku"])
print(Movement(Sku("q"), 1)._asdict(), Movement._fields, Movement._field_defaults)
payload: ProductPayload = {"sku": "x", "name": "X", "category": "toys", "price": 1.0}
print(type(payload).__name__, sorted(ProductPayload.__required_keys__))
print(Category.TOYS, repr(Category.KITCHEN), Category("garden").name, [c.value for c in Category])
print(Repository.__parameters__, Product.__annotations__["price_cents"])
try:
    hash(Product(Sku("a"), "A", Category.TOYS, 1))
except TypeError as e:
    print("TypeError:", e)
try:
    Sku("a").code = "b"
except AttributeError as e:
    print(type(e).__name__, e)
