import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"name": "example", "numbers": list(range(30)), "nested": {"z": [1, 2, {"deep": ("a", "b" * 40)}], "a": None},
        "text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
        "tuple1": (1,), "set": {3, 1, 2}, "fs": frozenset({5, 4}), "empty": [], "floats": [1.5, 2.25, 1e100]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([list(range(12))] * 3, width=30, compact=True)
pprint.pprint(data["nested"], indent=4, width=20)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3))
pprint.pp({"b": 1, "a": [1] * 30})
od = OrderedDict((f"key{i}", i * 1.5) for i in range(8)); pprint.pprint(od)
dd = defaultdict(list, {f"k{i}": list(range(i)) for i in range(6)}); pprint.pprint(dd)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=60)
pprint.pprint(deque(range(30))); pprint.pprint(deque(range(30), maxlen=40))
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    price: float = 0.0
pprint.pprint([Item("widget", ["a" * 20, "b" * 20, "c" * 20], 9.99), Item("x")])
pprint.pprint(Item("gadget", [f"tag{i}" for i in range(20)]))
print(pprint.saferepr({"z": 1, "a": [2]}), pprint.isreadable([1, 2]), pprint.isreadable(object), pprint.isrecursive([1]))
r = [1]; r.append(r); print(pprint.isrecursive(r))
pprint.pprint("short"); pprint.pprint("x" * 100); pprint.pprint(("one " * 30).strip())
pprint.pprint({"multi": "line one\nline two\n" * 4})
pprint.pprint(12345678901234567890, underscore_numbers=True)
pp = pprint.PrettyPrinter(width=25, indent=2); print(pp.pformat({"alpha": [1, 2, 3], "beta": {"x": 1, "y": 2}}))
