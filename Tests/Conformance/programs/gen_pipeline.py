# generator pipelines
lines = [
    "INFO start",
    "DEBUG x=1",
    "ERROR disk full",
    "INFO running",
    "ERROR out of memory",
    "",
    "WARN low battery",
]

def non_empty(src):
    for line in src:
        if line:
            yield line

def parse(src):
    for line in src:
        level, _, msg = line.partition(" ")
        yield level, msg

def only(level, src):
    return (msg for lvl, msg in src if lvl == level)

errors = only("ERROR", parse(non_empty(lines)))
print(list(errors))

def numbers():
    n = 1
    while True:
        yield n
        n += 1

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

def squares(src):
    for x in src:
        yield x * x

def evens(src):
    return (x for x in src if x % 2 == 0)

print(list(take(5, evens(squares(numbers())))))

def running_avg(src):
    total = 0
    count = 0
    for x in src:
        total += x
        count += 1
        yield total / count
print(list(running_avg([1, 2, 3, 4, 5, 10])))

def batched(src, size):
    batch = []
    for x in src:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(10), 3)))

def trace(name, src):
    for x in src:
        print("  %s -> %r" % (name, x))
        yield x
p = trace("B", (x + 1 for x in trace("A", range(3))))
print(list(p))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(15, primes())))
print(sum(x for x in take(100, numbers())), max(take(7, numbers())))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = (len(w) for w in words)
print(sorted(set(lengths)), any(w.startswith("q") for w in words), all(len(w) > 2 for w in words))
