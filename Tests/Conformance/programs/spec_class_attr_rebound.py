# Deopt: a class attribute rebound mid-loop, then a data descriptor added once instances are hot.
class Config:
    limit = 10


class Point:
    def __init__(self, x):
        self.x = x


def run(points):
    total = 0
    for i, p in enumerate(points):
        if i == 50:
            Config.limit = 20
        total += p.x + Config.limit
    return total


pts = [Point(i) for i in range(100)]
print(run(pts))
Point.x = property(lambda self: -1)
print(run(pts))
del Point.x
print(run(pts))
