"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
by the power method on A^T A.

Usage: python spectral_norm.py [N]    (N = matrix order; default 450; work grows as N^2)
"""
# bench-sizes: tiny=90 default=450
import sys
import math


def a_elem(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a_elem(i, j) * v[j]
        out[i] = s


def mul_atv(v, out, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a_elem(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp, n):
    mul_av(v, tmp, n)
    mul_atv(tmp, out, n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 450
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp, n)
        mul_atav(v, u, tmp, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    result = math.sqrt(vbv / vv)
    print("spectral norm = %.9f" % result)
    print("checksum:", round(result * 1e9))


main()
