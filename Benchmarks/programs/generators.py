"""Generator pipelines: chained generator functions, generator expressions, yield from,
send(), and consumers (sum, max, zip, enumerate) over generators.

Usage: python generators.py [N]    (N = items pushed through the pipeline; default 2300000)
"""
# bench-sizes: tiny=100000 default=2300000
import sys


def numbers(n):
    x = 1
    for i in range(n):
        x = (x * 48271) % 2147483647
        yield x


def keep_odd(it):
    for v in it:
        if v & 1:
            yield v


def scale(it, k):
    for v in it:
        yield (v * k) % 1000003


def windows(it):
    prev = None
    for v in it:
        if prev is not None:
            yield prev, v
        prev = v


def chained(n):
    yield from range(n)
    yield from (i * i for i in range(n))
    yield -1


def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2300000
    checksum = 0
    pipeline = windows(scale(keep_odd(numbers(n)), 7))
    acc = running_total()
    next(acc)
    count = 0
    for a, b in pipeline:
        count += 1
        checksum = acc.send((a ^ b) & 0xFFFF) % 1000000007
    checksum += count
    checksum += sum(x % 97 for x in numbers(n // 2) if x % 3)
    checksum += max(v % 1009 for v in take(numbers(n), n // 4))
    for i in range(n // 1000):
        checksum += sum(chained(50)) + i
    zipped = sum(a * b % 101 for a, b in zip(numbers(n // 4), keep_odd(numbers(n // 2))))
    checksum = (checksum + zipped) % 1000000007
    print("pairs: %d" % count)
    print("checksum:", checksum)


main()
