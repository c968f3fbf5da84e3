# rich comparisons and NotImplemented fallback
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("1.0")
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == "1.0", a != "1.0")
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, x > y)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)

class Always:
    def __eq__(self, o):
        return True
print(Always() == 5, 5 == Always(), Always() != 5, None == Always())

class Identity:
    pass
i1, i2 = Identity(), Identity()
print(i1 == i1, i1 == i2, i1 != i2)
try:
    i1 < i2
except TypeError as e:
    print("TypeError:", e)

class Weird:
    def __eq__(self, o):
        return "truthy string"
print(Weird() == 1, bool(Weird() == 1))
print([Weird()] == [1] if False else "skip")
class Reflect:
    def __gt__(self, o):
        return "Reflect.__gt__ used"
print(5 < Reflect())
class NE:
    def __eq__(self, o):
        return False
print(NE() != NE())
print([1, 2] < [1, 2, 0], (1, 2) <= (1, 2), "a" < "b" < "c")
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
