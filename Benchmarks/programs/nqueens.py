"""N-queens solved with generators: a recursive backtracking generator (yield / yield from)
plus a generator-expression safety test.

Usage: python nqueens.py [N] [B]
    N = how many times the board is solved (default 120); work is linear in N.
    B = board size (default 8).
"""
# bench-sizes: tiny=5 default=120
import sys


def safe(placed, col):
    row = len(placed)
    return all(c != col and abs(c - col) != row - r for r, c in enumerate(placed))


def solve(size, placed):
    if len(placed) == size:
        yield tuple(placed)
        return
    for col in range(size):
        if safe(placed, col):
            placed.append(col)
            yield from solve(size, placed)
            placed.pop()


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    board = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    checksum = 0
    count = 0
    for rep in range(reps):
        count = 0
        for sol in solve(board, []):
            count += 1
            checksum = (checksum * 3 + sum((i + 1) * c for i, c in enumerate(sol))) % 1000000007
        checksum = (checksum + count) % 1000000007
    print("%d solutions for %d queens" % (count, board))
    print("checksum:", checksum)


main()
