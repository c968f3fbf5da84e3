"""Chaos game: an iterated function system (a fern-like set of affine maps, picked with
weights) drawn into a grid. A linear congruential generator replaces `random` so that every
implementation sees the same sequence.

Usage: python chaos.py [N]    (N = points plotted; default 1200000)
"""
# bench-sizes: tiny=50000 default=1200000
import sys


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


class Chaos:
    def __init__(self, maps, width, height, seed):
        self.maps = maps
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]
        self.rng = LCG(seed)
        self.minx = -2.2
        self.maxx = 2.7
        self.miny = 0.0
        self.maxy = 10.0

    def choose(self):
        r = self.rng.uniform() * self.total
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.maps[i]
        return self.maps[-1]

    def plot(self, p):
        col = int((p.x - self.minx) / (self.maxx - self.minx) * self.width)
        row = int((self.maxy - p.y) / (self.maxy - self.miny) * self.height)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.grid[row][col] += 1
            return True
        return False

    def run(self, points):
        p = Point(0.0, 0.0)
        outside = 0
        for i in range(points):
            p = self.choose().apply(p)
            if i >= 20 and not self.plot(p):
                outside += 1
        return outside


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
    maps = [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    game = Chaos(maps, 64, 128, 20240531)
    outside = game.run(n)
    checksum = outside
    filled = 0
    for r, line in enumerate(game.grid):
        for c, v in enumerate(line):
            if v:
                filled += 1
                checksum = (checksum * 7 + v * (r * 64 + c + 1)) % 1000000007
    print("cells filled: %d, outside: %d" % (filled, outside))
    print("checksum:", checksum)


main()
