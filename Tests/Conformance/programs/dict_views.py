# dict views are live
d = {"one": 1, "two": 2}
k = d.keys()
v = d.values()
it = d.items()
d["three"] = 3
print(k, v, it)
print(len(k), len(v), len(it))
del d["one"]
print(list(k), list(v), list(it))
print(k & {"two", "four"} == {"two"}, sorted(k | {"x"}), sorted(k - {"two"}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(it, reverse=True))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(word, n)
print(max(counts, key=counts.get), min(counts.values()))
inverted = {}
for word, n in counts.items():
    inverted.setdefault(n, []).append(word)
print(inverted)
print(dict(**{"a": 1}, b=2))
def kw(**kwargs):
    return kwargs
print(kw(x=1, y=2), kw(**counts) == counts)
print({**{"a": 1}, **{"a": 2}})
print(list(zip(d.keys(), d.values())))
print("two" in k, ("two", 2) in it)
