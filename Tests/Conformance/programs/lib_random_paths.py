import random
r = random.Random(77)
print([r.randrange(n) for n in (1, 2, 3, 7, 2**31, 2**31 + 1, 2**32, 2**32 + 1, 2**62 - 1, 2**62, 2**62 + 1, 2**63, 10**30)])
print(r.randint(-2**70, 2**70), r.randrange(-10, 10, 3), r.randrange(10**25, 10**26, 7))
class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ ((1 << k) - 1 if k else 0)
b = Bits(5); print([b.randrange(100) for _ in range(5)], b.random())
class Uniform(random.Random):
    def random(self):
        return 0.25
u = Uniform(1); print(u.randrange(10), u.choice('abcd'), u.random(), u._randbelow(1000))
class Both(random.Random):
    def random(self): return 0.5
    def getrandbits(self, k): return 0
print(Both(1).randrange(7))
r.seed(0); a = [r.randrange(1000) for _ in range(20)]; r.seed(0); print(a == [r.randrange(1000) for _ in range(20)], a[:8])
print(random.Random(3).sample(range(10**6), 5), random.Random(9).shuffle([1]) is None)
