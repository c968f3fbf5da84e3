from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], list(Color), Color.ALIAS is Color.RED, len(Color), Color.__members__.keys(), f"{Color.RED}", format(Color.RED), str(Color.RED))
for bad in [lambda: Color(5), lambda: Color["X"], lambda: setattr(Color, "RED", 3), lambda: Color.RED < Color.GREEN]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try:
    class Sub(Color): pass
except Exception as e: print(type(e).__name__, e)
try:
    class D(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except Exception as e: print(type(e).__name__, e)
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, repr(N.B), N.A + 1, N.B == 2, f"{N.A}", N(2), [n.name for n in N])
class S(StrEnum):
    X = auto()
    Y = "yy"
print(S.X, repr(S.X), S.Y == "yy", f"{S.Y}")
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R|P.W), list(P.R | P.X), P(0), repr(P(0)), ~P.R, bool(P(0)))
class IP(IntFlag):
    R = 4; W = 2
print(IP.R | IP.W, repr(IP.R|IP.W), IP(6), IP(1) if False else "")
print(Color, repr(Color), type(Color), 1 in Color, Color.RED in Color, Color.RED.name, Color.RED.value, hash(Color.RED) == hash(Color.RED))
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
    @property
    def g(self): return self.mass / self.radius**2
print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.EARTH.g, 3))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class WithMissing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, v): return cls.A
print(WithMissing("zzz"))
print(Color.RED.__class__, isinstance(Color.RED, Color), Color.__members__)
class E2(Enum):
    A = auto(); B = auto()
    def describe(self): return f"{self.name}={self.value}"
print(E2.A.describe(), E2.B.value, E2._member_names_, E2.A == E2.A, E2.A != E2.B, E2.A == 1)
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def parse(cls, s): return cls(s.lower())
    def __str__(self): return self.value.upper()
print(Status.parse('ACTIVE'), repr(Status.INACTIVE), {Status.ACTIVE: 1}[Status('active')], sorted(Color, key=lambda c: c.value), Color.RED.value + 1)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, repr(Perm.R | Perm.X), list(Perm), Perm.R & Perm.W, Perm(5), repr(Perm(0)), Perm.R | 8, repr(Perm.R | 8), int(Perm.W))
class Weekday(Enum):
    MON = 1; TUE = 2; WED = 3
    @property
    def is_weekend(self): return False
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.WED.next(), Weekday.MON.is_weekend, reversed(list(Weekday)).__class__.__name__, [d.name for d in reversed(Weekday)])
d = {c: c.name.lower() for c in Color}; print(d)
import copy; print(copy.deepcopy(Color.RED) is Color.RED, copy.copy(N.A) is N.A)
print(N.A < N.B, max(N), sorted([N.B, N.A]), N.A * 10, isinstance(N.A, int))
