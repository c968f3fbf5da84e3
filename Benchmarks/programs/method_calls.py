"""Method-heavy loops: instance methods calling each other, inherited and overridden
methods, super(), classmethods, staticmethods, properties and bound-method objects.

Usage: python method_calls.py [N]    (N = iterations; default 900000)
"""
# bench-sizes: tiny=35000 default=900000
import sys


class Counter:
    def __init__(self, start):
        self.value = start
        self.calls = 0

    def bump(self, k):
        self.calls += 1
        self.value = (self.value + k) % 1000003
        return self.value

    def twice(self, k):
        self.bump(k)
        return self.bump(k + 1)

    def get(self):
        return self.value

    @property
    def doubled(self):
        return self.value * 2

    @staticmethod
    def mix(a, b):
        return (a * 31 + b) % 1000003

    @classmethod
    def make(cls, start):
        return cls(start)


class LoudCounter(Counter):
    def bump(self, k):
        v = super().bump(k * 2)
        return v + 1

    def get(self):
        return Counter.get(self) + 7


class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.area() + self.sides()

    def sides(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def sides(self):
        return 4


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2

    def sides(self):
        return 3


def work(n):
    c = Counter.make(1)
    lc = LoudCounter.make(2)
    shapes = [Rect(i % 7 + 1, i % 5 + 1) if i % 2 else Tri(i % 9 + 1, i % 4 + 1) for i in range(16)]
    bump = c.bump
    total = 0
    for i in range(n):
        total = Counter.mix(total, c.twice(i & 63))
        total = Counter.mix(total, lc.twice(i & 31))
        total += lc.get() + c.doubled
        total += shapes[i & 15].describe()
        bump(1)
        total %= 1000003
    return total, c.calls, lc.calls


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 900000
    total, a, b = work(n)
    print("calls: %d %d" % (a, b))
    print("checksum:", total * 1000 + (a + b) % 1000)


main()
