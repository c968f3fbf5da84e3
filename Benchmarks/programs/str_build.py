"""String building: concatenation, join, formatting, slicing, str methods.

Usage: python str_build.py [N]    (N = rounds; default 1000000)
"""
# bench-sizes: tiny=40000 default=1000000
import sys


def checksum_of(s):
    h = 0
    for ch in s[::13]:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    total = 0
    parts = []
    acc = ""
    for i in range(n):
        s = "item" + str(i)
        s += ":" + str(i * 7 % 100)
        t = f"{s}-{i % 13}|{i:05d}"
        u = "%s/%d" % (t[:6], i % 97)
        parts.append(u.upper())
        acc += t[-3:]
        if len(acc) > 4000:
            total = (total + checksum_of(acc)) % 1000000007
            acc = acc[2000:]
        if i % 1000 == 999:
            joined = ",".join(parts)
            total = (total + len(joined) + checksum_of(joined)) % 1000000007
            words = joined.split(",")
            total += len(words) + words[-1].count("1")
            repl = joined.replace("ITEM", "x").lower()
            total = (total + len(repl) + repl.find("x9")) % 1000000007
            parts = []
    total = (total + checksum_of(acc) + len(acc)) % 1000000007
    print("checksum:", total)


main()
