# misc dunders: __contains__ fallback, __index__, __int__/__float__, __neg__, __round__, __class__
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
print(2 in b, 5 in b, list(b), sorted(b, reverse=True))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), list(range(Idx(3))))

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return "rounded(%r, %r)" % (self.v, n)
    def __abs__(self):
        return "abs called"
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), abs(n))

class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __lt__(self, other):
        return self.deg < other.deg
    def __eq__(self, other):
        return self.deg == other.deg
    def __repr__(self):
        return "%d°" % self.deg
    __hash__ = None
temps = [Temp(30), Temp(10), Temp(20)]
print(sorted(temps), min(temps), max(temps), Temp(5) == Temp(5), Temp(1) in temps, Temp(10) in temps)

class Named:
    def __repr__(self):
        return "<%s instance>" % type(self).__name__
class SubNamed(Named):
    pass
print(Named(), SubNamed(), [SubNamed()], SubNamed().__class__.__name__)
class Getter:
    def __getitem__(self, k):
        return k * 2
g = Getter()
print(g[5], g["ab"], g[1, 2])
class Lengthy:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i
print(list(Lengthy()), len(Lengthy()), "item1" in Lengthy(), list(reversed(Lengthy())))
class Sized:
    def __len__(self):
        return 10 ** 20
try:
    len(Sized())
except OverflowError as e:
    print("OverflowError:", e)
