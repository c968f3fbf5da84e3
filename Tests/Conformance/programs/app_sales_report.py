"""A sales report generator: reads JSON order records, validates them into dataclasses,
aggregates with collections and statistics, and renders a wrapped text report and a JSON
summary. Uses json, io, statistics, textwrap, dataclasses, enum, itertools, operator."""

import io
import json
import statistics
import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass, asdict, field
from enum import Enum
from itertools import groupby
from operator import attrgetter
from fractions import Fraction


_DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def parse_day(text: str) -> int:
    """Day of the year for 'YYYY-MM-DD'."""
    year, month, day = (int(part) for part in text.split("-"))
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return _DAYS_BEFORE_MONTH[month - 1] + day + (1 if leap and month > 2 else 0)


class Region(Enum):
    NORTH = "north"
    SOUTH = "south"
    EAST = "east"
    WEST = "west"


@dataclass(frozen=True)
class Order:
    id: int
    day: int
    region: Region
    customer: str
    items: tuple
    discount: Fraction = Fraction(0)

    @property
    def gross(self) -> int:
        return sum(qty * price for _, qty, price in self.items)

    @property
    def net(self) -> int:
        return round(self.gross * (1 - self.discount))


@dataclass
class RegionStats:
    region: Region
    orders: int = 0
    revenue: int = 0
    customers: set = field(default_factory=set)


RAW = """
[
  {"id": 1, "date": "2024-03-01", "region": "north", "customer": "Acme",
   "items": [["widget", 3, 1999], ["gadget", 1, 4999]]},
  {"id": 2, "date": "2024-03-01", "region": "south", "customer": "Globex",
   "items": [["widget", 10, 1899]], "discount": "1/10"},
  {"id": 3, "date": "2024-03-02", "region": "north", "customer": "Initech",
   "items": [["gizmo", 2, 12950], ["widget", 1, 1999]]},
  {"id": 4, "date": "2024-03-02", "region": "east", "customer": "Acme",
   "items": [["gadget", 4, 4799]], "discount": "0.05"},
  {"id": 5, "date": "2024-03-03", "region": "west", "customer": "Umbrella",
   "items": []},
  {"id": 6, "date": "2024-03-03", "region": "south", "customer": "Hooli",
   "items": [["gizmo", 1, 12950], ["doohickey", 7, 350]]},
  {"id": 7, "date": "2024-03-04", "region": "mars", "customer": "Zorg",
   "items": [["widget", 1, 1999]]},
  {"id": 8, "date": "2024-03-04", "region": "east", "customer": "Globex",
   "items": [["widget", 5, 1999], ["gadget", 2, 4999], ["gizmo", 1, 12500]], "discount": "1/8"},
  {"id": 9, "date": "2024-03-05", "region": "north", "customer": "Acme",
   "items": [["doohickey", 20, 300]]},
  {"id": 10, "date": "2024-03-05", "region": "west", "customer": "Initech",
   "items": [["gadget", 1, 4999], ["widget", 2, 1999]], "discount": 0.25}
]
"""


class ValidationError(ValueError):
    pass


def parse_order(rec: dict) -> Order:
    try:
        region = Region(rec["region"])
    except ValueError as e:
        raise ValidationError(f"order {rec['id']}: {e}") from None
    if not rec["items"]:
        raise ValidationError(f"order {rec['id']}: no items")
    discount = Fraction(str(rec.get("discount", 0)))
    if not 0 <= discount < 1:
        raise ValidationError(f"order {rec['id']}: bad discount {discount}")
    items = tuple((name, int(q), int(p)) for name, q, p in rec["items"])
    return Order(rec["id"], parse_day(rec["date"]), region, rec["customer"], items, discount)


def money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def build_report(orders, rejected):
    out = io.StringIO()
    w = out.write
    w("SALES REPORT\n============\n")
    w(f"{len(orders)} orders accepted, {len(rejected)} rejected\n\n")
    by_region = {r: RegionStats(r) for r in Region}
    for o in orders:
        s = by_region[o.region]
        s.orders += 1
        s.revenue += o.net
        s.customers.add(o.customer)
    w(f"{'region':<8}{'orders':>7}{'revenue':>14}{'customers':>11}\n")
    for s in sorted(by_region.values(), key=attrgetter("revenue"), reverse=True):
        w(f"{s.region.value:<8}{s.orders:>7}{money(s.revenue):>14}{len(s.customers):>11}\n")
    nets = [o.net for o in orders]
    w("\nper-order net: mean {}, median {}, stdev {}\n".format(
        money(round(statistics.mean(nets))), money(round(statistics.median(nets))),
        money(round(statistics.stdev(nets)))))
    w(f"quartiles: {[money(round(q)) for q in statistics.quantiles(nets)]}\n")
    units = Counter()
    revenue = defaultdict(int)
    for o in orders:
        for name, qty, price in o.items:
            units[name] += qty
            revenue[name] += qty * price
    w("\nproducts by units:\n")
    for name, qty in units.most_common():
        w(f"  {name:<10} {qty:>4} units  {money(revenue[name]):>12}\n")
    w("\ndaily revenue:\n")
    for day, group in groupby(sorted(orders, key=attrgetter("day")), key=attrgetter("day")):
        day_orders = list(group)
        w(f"  day {day}: {money(sum(o.net for o in day_orders)):>12}  ({len(day_orders)} orders)\n")
    best = max(orders, key=lambda o: (o.net, -o.id))
    w("\n" + textwrap.fill(
        f"Highlight: order {best.id} from {best.customer} in the {best.region.value} region was the "
        f"largest at {money(best.net)} after a {float(best.discount):.0%} discount, covering "
        f"{', '.join(n for n, _, _ in best.items)}.", width=60, subsequent_indent="  ") + "\n")
    if rejected:
        w("\nrejected:\n")
        for msg in rejected:
            w(textwrap.indent(textwrap.fill(msg, 56), "  - ") + "\n")
    return out.getvalue()


records = json.loads(RAW)
orders, rejected = [], []
for rec in records:
    try:
        orders.append(parse_order(rec))
    except ValidationError as e:
        rejected.append(str(e))

print(build_report(orders, rejected))
summary = {
    "orders": len(orders),
    "revenue": sum(o.net for o in orders),
    "top_customer": Counter(o.customer for o in orders).most_common(1)[0][0],
    "regions": sorted({o.region.value for o in orders}),
    "discounted": [o.id for o in orders if o.discount],
    "first": {k: (v.value if isinstance(v, Region) else str(v) if isinstance(v, Fraction) else v)
              for k, v in asdict(orders[0]).items()},
}
print(json.dumps(summary, indent=2, sort_keys=True))
roundtrip = json.loads(json.dumps(summary))
print(roundtrip == json.loads(json.dumps(roundtrip)), type(roundtrip["first"]["items"]).__name__)
