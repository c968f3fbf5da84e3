"""List and dict operations: append, index, slice, sort, dict get/set/del with int keys.

Usage: python list_dict.py [N]    (N = outer rounds; default 3000)
"""
# bench-sizes: tiny=120 default=3000
import sys


def one_round(seed):
    items = []
    x = seed
    for i in range(1000):
        x = (x * 1664525 + 1013904223) & 0xFFFFFFFF
        items.append(x % 10007)
    table = {}
    for v in items:
        table[v] = table.get(v, 0) + 1
    items.sort()
    mid = items[len(items) // 4: 3 * len(items) // 4]
    total = sum(mid) + len(table)
    for k in list(table):
        if k % 3 == 0:
            del table[k]
    squares = [v * v % 1009 for v in items[::7]]
    squares.reverse()
    while len(squares) > 10:
        total += squares.pop() - squares.pop(0)
    stack = []
    for v in items[:200]:
        if stack and stack[-1] > v % 100:
            stack.pop()
        else:
            stack.append(v % 100)
    total += len(stack) + sum(stack)
    nested = {i: [i, i * 2, i * 3] for i in range(100)}
    for i in range(100):
        nested[i][1] += nested[(i + 1) % 100][2]
    total += sum(nested[i][1] for i in range(100))
    total += len(table) + sum(sorted(table.values())[:20])
    return total, x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    checksum = 0
    seed = 42
    for r in range(n):
        total, seed = one_round(seed)
        checksum = (checksum * 31 + total) % 1000000007
    print("checksum:", checksum)


main()
