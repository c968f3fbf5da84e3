# assignment expressions
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)

print([y for x in data if (y := x * 2) > 10])
print(y)

values = iter([3, 2, 1, 0, 5])
results = []
while (v := next(values)) != 0:
    results.append(v)
print(results)

lines = ["a", "bb", "", "ccc"]
idx = 0
while (line := lines[idx]):
    print("line", line)
    idx += 1

total = 0
partial = [total := total + x for x in range(6)]
print(partial, total)

def f(x):
    return x * 10
print([(a, b) for a in range(4) if (b := f(a)) % 20 == 0])

print((z := 5) + z)
stuff = {"k": 1}
if (val := stuff.get("k")) is not None:
    print("val", val)
if (missing := stuff.get("nope")) is None:
    print("missing is", missing)
print(any((hit := x) > 10 for x in data), hit)

def g():
    [q := i for i in range(3)]
    return q
print(g())
