# inventory with dataclass-like classes and reporting
class Item:
    def __init__(self, name, price, qty, tags=()):
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return "Item(%r, %r, %r)" % (self.name, self.price, self.qty)
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price) == (other.name, other.price)
    def __hash__(self):
        return hash((self.name, self.price))

stock = [
    Item("widget", 2.5, 10, ["small", "metal"]),
    Item("gadget", 12.0, 3, ["electronic"]),
    Item("doohickey", 0.75, 120, ["small"]),
    Item("gizmo", 30, 0, ["electronic", "large"]),
    Item("widget", 2.5, 5),
]
print(len(stock), len(set(stock)))
merged = {}
for it in stock:
    if it.name in merged:
        merged[it.name].qty += it.qty
        merged[it.name].tags |= it.tags
    else:
        merged[it.name] = Item(it.name, it.price, it.qty, it.tags)
for name, it in merged.items():
    print("%-10s %6.2f x %4d = %8.2f  %s" % (name, it.price, it.qty, it.value, sorted(it.tags)))
print("total value: %.2f" % sum(i.value for i in merged.values()))
print("out of stock:", [i.name for i in merged.values() if i.qty == 0])
by_tag = {}
for it in merged.values():
    for tag in sorted(it.tags):
        by_tag.setdefault(tag, []).append(it.name)
print(dict(sorted(by_tag.items())))
cheapest = min(merged.values(), key=lambda i: i.price)
priciest = max(merged.values(), key=lambda i: i.value)
print(cheapest, priciest)
restock = {name: max(0, 20 - it.qty) for name, it in merged.items()}
print(restock)
