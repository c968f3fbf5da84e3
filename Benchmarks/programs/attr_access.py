"""Attribute loads and stores on plain class instances.

Usage: python attr_access.py [N]    (N = iterations; default 8000000)
"""
# bench-sizes: tiny=300000 default=8000000
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Particle:
    def __init__(self, ident):
        self.ident = ident
        self.pos = Vec(ident, ident * 2, ident * 3)
        self.vel = Vec(1, -1, 2)
        self.hits = 0


def step(parts, n):
    count = len(parts)
    for i in range(n):
        p = parts[i % count]
        pos = p.pos
        vel = p.vel
        pos.x = pos.x + vel.x
        pos.y = pos.y + vel.y
        pos.z = pos.z + vel.z
        if pos.x > 1000:
            pos.x -= 2000
            vel.x = -vel.x
            p.hits += 1
        if pos.y < -1000:
            pos.y += 2000
            vel.y = -vel.y + 1
            p.hits += 1
        if pos.z > 500:
            pos.z = pos.z % 97
            p.hits += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000000
    parts = [Particle(i) for i in range(64)]
    step(parts, n)
    total = 0
    for p in parts:
        total += p.pos.x * 3 + p.pos.y * 5 + p.pos.z * 7 + p.vel.x + p.vel.y + p.hits * 11
    print("hits =", sum(p.hits for p in parts))
    print("checksum:", total)


main()
