# sieve of Eratosthenes
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [n for n, p in enumerate(is_prime) if p]

primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
print(sum(sieve(20000)))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
def factorize(n):
    factors = []
    for p in sieve(int(n ** 0.5) + 1):
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 2 ** 16, 13195, 99999989]:
    print(n, factorize(n))
gaps = {}
ps = sieve(1000)
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
seg = [x for x in range(100, 150) if all(x % p for p in sieve(12))]
print(seg)
