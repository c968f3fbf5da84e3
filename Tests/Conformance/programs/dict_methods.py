# dict methods
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d))
print(d.get("a"), d.get("zz"), d.get("zz", "default"))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, "zz" in d, 1 in d, "a" in d.keys(), 20 in d.values(), ("c", 3) in d.items())
print(d.pop("a"), d.pop("zz", "no such"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("x", []), d.setdefault("b", 999), d)
d["x"].append(1)
print(d)
d.update({"y": 5, "b": 0})
d.update(z=26)
d.update([("w", 23)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1))
print(dict(zip("ab", [1, 2])))
m1 = {"a": 1, "b": 2}
m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1)
m1 |= {"z": 0}
print(m1)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
print({k: v * 2 for k, v in m2.items()})
print(sorted({"z": 1, "a": 2}), sorted({"z": 1, "a": 2}.items(), key=lambda x: x[1]))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
order = {}
for k in ["q", "w", "e", "q"]:
    order[k] = order.get(k, 0) + 1
print(order)
del order["w"]
order["w"] = 9
print(order)
print({1: 1, 1.0: 2, True: 3})
print(list(reversed({"a": 1, "b": 2})))
print(dict(sorted({"b": 1, "a": 2}.items())))
print(repr({"quote'": "\"dq"}), str({None: (1,)}))
