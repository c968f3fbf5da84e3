# Specialization pattern: a __slots__ class and a norm over its fields (LOAD_ATTR_SLOT).
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


vs = [Vec(i - 50, 2 * i - 7) for i in range(100)]
print(sum(v.norm1() for v in vs))
v = Vec(3, -4)
for _ in range(60):
    v.x = v.x + 1
print(v.x, v.norm1())
