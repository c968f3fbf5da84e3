"""Recursive calls: naive doubly-recursive Fibonacci.

Usage: python fib.py [N]    (N = how many times fib(25) is computed; default 150)
Work is linear in N (each fib(25) makes 242785 calls).
"""
# bench-sizes: tiny=6 default=150
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    total = 0
    for i in range(n):
        total += fib(25) + i
    print("fib(25) * %d + ... = %d" % (n, total))
    print("checksum:", total)


main()
