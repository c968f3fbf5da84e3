"""Fannkuch-redux: count pancake flips over all permutations of 1..N.

Usage: python fannkuch.py [N] [L]
    N = how many times the permutation set is processed (default 30); work is linear in N.
    L = permutation length (default 8; work grows as L!).
"""
# bench-sizes: tiny=1 default=30
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    check = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k != 0:
                # reverse perm[0..k]
                i = 0
                j = k
                while i < j:
                    perm[i], perm[j] = perm[j], perm[i]
                    i += 1
                    j -= 1
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            check += sign * flips
        sign = -sign
        # next permutation (rotation-based order)
        while True:
            if r == n:
                return check, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    total = 0
    check = flips = 0
    for i in range(reps):
        check, flips = fannkuch(n)
        total += check * 100 + flips + i
    print("%d\nPfannkuchen(%d) = %d" % (check, n, flips))
    print("checksum:", total)


main()
