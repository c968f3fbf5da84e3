"""Sequence packing and unpacking: tuple swaps, multiple return values, starred targets,
nested targets and unpacking in for-loops.

Usage: python unpack_seq.py [N]    (N = iterations; default 2000000)
"""
# bench-sizes: tiny=80000 default=2000000
import sys


def divmod_pair(a, b):
    return a // b, a % b


def rotate3(t):
    a, b, c = t
    return b, c, a


def work(n):
    a, b = 1, 2
    total = 0
    triple = (3, 5, 7)
    lst = [1, 2, 3, 4, 5, 6]
    pairs = [(i, i * i % 17) for i in range(32)]
    for i in range(n):
        a, b = b, (a + b) % 10007
        q, r = divmod_pair(a + i, 13)
        triple = rotate3(triple)
        x, y, z = triple
        first, *middle, last = lst
        (p, (s, t)) = (q, (r, x))
        total += q - r + x * y - z + first + last + len(middle) + p + s - t
        if i % 64 == 0:
            for k, v in pairs:
                total += k * v
            lst[0], lst[-1] = lst[-1], lst[0]
            head, *tail = lst
            lst = tail + [head]
        total %= 1000000007
    return total, a, b, triple, lst


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    total, a, b, triple, lst = work(n)
    print("a=%d b=%d triple=%r lst=%r" % (a, b, triple, lst))
    print("checksum:", (total * 7 + a * 3 + b + sum(triple) + sum(i * v for i, v in enumerate(lst))) % 1000000007)


main()
