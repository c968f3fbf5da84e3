"""List, dict, set and nested comprehensions, with conditions, over ints and strings.
Sets and dicts are reduced with len/sum/sorted so hash order never matters.

Usage: python comprehensions.py [N]    (N = rounds; default 6000)
"""
# bench-sizes: tiny=250 default=6000
import sys


def one_round(r):
    base = [(i * 7919 + r) % 1000 for i in range(500)]
    squares = [x * x for x in base if x % 3]
    table = {x: x % 17 for x in base}
    uniq = {x // 10 for x in base}
    grid = [[i * j for j in range(12)] for i in range(12)]
    diag = [grid[i][i] for i in range(12)]
    pairs = [(a, b) for a in range(20) for b in range(a, 20) if (a + b) % 5 == 0]
    words = ["w%d" % (x % 50) for x in base[:100]]
    lengths = {w: len(w) for w in words}
    letters = sorted({ch for w in words for ch in w})
    inverted = {v: k for k, v in sorted(table.items())}
    flat = [v for row in grid for v in row if v % 2 == 0]
    total = (sum(squares) + sum(table.values()) + len(uniq) + sum(diag)
             + len(pairs) + sum(lengths.values()) + len(letters)
             + sum(inverted) + sum(inverted.values()) + len(flat) + sum(flat))
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    checksum = 0
    for r in range(n):
        checksum = (checksum * 31 + one_round(r)) % 1000000007
    print("checksum:", checksum)


main()
