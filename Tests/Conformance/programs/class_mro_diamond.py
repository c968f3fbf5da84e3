# C3 MRO
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([c.__name__ for c in D.__mro__])
print(D().who())
print([c.__name__ for c in D.mro()])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])

class O1: pass
class P1(O1): pass
class P2(O1): pass
class P3(P1, P2): pass
class P4(P2): pass
class P5(P3, P4): pass
print([c.__name__ for c in P5.__mro__])

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class Init:
    def __init__(self):
        self.log = []
class I1(Init):
    def __init__(self):
        super().__init__()
        self.log.append("I1")
class I2(Init):
    def __init__(self):
        super().__init__()
        self.log.append("I2")
class I3(I1, I2):
    def __init__(self):
        super().__init__()
        self.log.append("I3")
print(I3().log)

class Left:
    attr = "left"
class Right:
    attr = "right"
    only_right = "r"
class Both(Left, Right):
    pass
print(Both.attr, Both.only_right)
print(super(B, D()).who())
print(super(C, D()).who())
