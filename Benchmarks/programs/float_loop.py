"""Float arithmetic in a tight loop (only + - * / and math.sqrt, which are exact IEEE ops).

Usage: python float_loop.py [N]    (N = iterations; default 7000000)
"""
# bench-sizes: tiny=250000 default=7000000
import sys
import math


def work(n):
    x = 0.5
    y = 1.25
    z = 0.0
    total = 0.0
    for i in range(n):
        x = x * 0.9999 + 0.0001 * y
        y = y - x * 0.001 + 0.5 / (i + 1.0)
        z = math.sqrt(x * x + y * y) * 0.5 + z * 0.5
        total += z - x * 0.25
        if total > 1000.0:
            total -= 999.5
    return x, y, z, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7000000
    x, y, z, total = work(n)
    print("x = %.6f y = %.6f z = %.6f total = %.6f" % (x, y, z, total))
    print("checksum:", round(x * 1e6) + round(y * 1e6) + round(z * 1e6) + round(total * 1e6))


main()
