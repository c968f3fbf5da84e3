# Long random sequences must be bit-identical to CPython's Mersenne Twister.
import random

def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v)) & 0xFFFFFFFFFFFF
    return h

for seed in [0, 1, 42, 2**32 - 1, 2**32, 2**64 + 1, -99, 10**30, "", "seed", "ünïcode", b"\x00\xff", 1.25]:
    random.seed(seed)
    floats = [random.random() for _ in range(2000)]
    ints = [random.randint(-1000, 1000) for _ in range(2000)]
    bits = [random.getrandbits(k) for k in range(0, 200, 3)]
    print(repr(seed), floats[0], floats[-1], digest(floats), digest(ints), bits[-1])

g = random.Random(12345)
print([g.randrange(1 << 70) for _ in range(3)])
print([round(g.gauss(10, 2), 12) for _ in range(5)])
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
g.shuffle(deck)
print(deck[:13])
print(g.sample(deck, 5))
print(g.choices(deck, weights=range(1, 53), k=5))
print(g.choices(deck, cum_weights=list(range(1, 53)), k=3))
state = g.getstate()
first = [g.random() for _ in range(5)]
g.setstate(state)
print(first == [g.random() for _ in range(5)])
print(len(state[1]), state[0])
