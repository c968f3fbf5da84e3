# dict insertion order semantics
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 100
print(list(d.items()))
del d["delta"]
d["delta"] = 0
print(list(d))
d.pop("charlie")
d.update({"echo": 1, "alpha": 2})
print(d)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
keys = list(d.keys())
for k in keys:
    if len(k) > 4:
        del d[k]
print(d)
merged = {**{"z": 1, "y": 2}, **{"x": 3, "z": 4}}
print(merged)
copy = dict(merged)
copy["w"] = 0
print(list(copy), list(merged))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
fromkeys = dict.fromkeys("mississippi")
print(list(fromkeys))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=counts.get, reverse=True))
nums = {i: i * i for i in range(10, 0, -2)}
print(nums, min(nums), max(nums.values()))
d2 = {"a": 1}
d2.setdefault("b", 2)
d2.setdefault("a", 99)
print(d2, d2.popitem(), d2)
