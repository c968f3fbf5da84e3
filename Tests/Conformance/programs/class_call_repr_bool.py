# __call__, __repr__/__str__, __bool__, __format__
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest):
        return x * self.k + sum(rest)
m = Multiplier(3)
print(m(5), m(1, 10, 20), callable(m), callable(Multiplier))

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
b = Both()
print(b, repr(b), str(b), [b], (b,), {"k": b}, f"{b} {b!r}", "%s %r" % (b, b))

class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])

class StrOnly:
    def __str__(self):
        return "just str"
print(StrOnly(), "%s" % StrOnly())

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
print(bool(Truthy(True)), bool(Truthy(False)))
if Truthy(False):
    print("not printed")
else:
    print("else branch")
print(not Truthy(True))
print(Truthy(False) or "fallback")

class LenBased:
    def __len__(self):
        return 2
print(bool(LenBased()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return "$%d.%02d" % divmod(self.cents, 100)
    def __str__(self):
        return format(self)
mo = Money(12345)
print(f"{mo} {mo:short}", format(mo, "short"), str(mo))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Ctr:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
ctr = Ctr()
print([ctr() for _ in range(3)], ctr.n)
