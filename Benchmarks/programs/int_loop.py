"""Integer arithmetic in a tight loop (small ints only, no big-int growth).

Usage: python int_loop.py [N]    (N = iterations; default 5000000)
"""
# bench-sizes: tiny=200000 default=5000000
import sys


def work(n):
    acc = 0
    x = 12345
    for i in range(n):
        x = (x * 1103 + 12345) % 65536
        acc += (x ^ i) & 1023
        acc -= i % 7
        if x & 1:
            acc += x >> 3
        else:
            acc -= (x << 1) // 5
        acc = acc % 1000000007
    return acc, x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    acc, x = work(n)
    print("acc =", acc, "x =", x)
    print("checksum:", acc * 65536 + x)


main()
