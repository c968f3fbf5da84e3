"""Digits of pi from an unbounded spigot (Gibbons' streaming algorithm): big-int
multiplication, addition and floor division on ever-growing integers.

Usage: python pidigits.py [N]    (N = digits; default 5000; work grows faster than N^2)
"""
# bench-sizes: tiny=1000 default=5000
import sys


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    digits = []
    checksum = 0
    for d in pi_digits(count):
        digits.append(str(d))
        checksum = (checksum * 10 + d) % 1000000007
    text = "".join(digits)
    print(text[:10] + "..." + text[-10:])
    print("checksum:", checksum * 100 + sum(int(ch) for ch in text) % 100)


main()
