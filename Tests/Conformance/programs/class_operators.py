# arithmetic dunders incl. reflected and in-place
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        return Vec(o + self.x, o + self.y) if isinstance(o, (int, float)) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, a + 1, 1 + a, 10 - a)
print(b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(sum([a, b, Vec(10, 10)]))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
print("s" * a)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return "Acc(%r)" % self.items
acc = Acc()
orig = acc
acc += 1
acc += 2
print(acc, acc is orig)

class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
n0 = n
n += 5
print(n.v, n is n0, n0.v)

class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Bits(self.v & o.v)
    def __or__(self, o):
        return Bits(self.v | o.v)
    def __xor__(self, o):
        return Bits(self.v ^ o.v)
    def __lshift__(self, n):
        return Bits(self.v << n)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __ror__(self, o):
        return Bits(o | self.v)
    def __repr__(self):
        return "Bits(%s)" % bin(self.v)
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, 1 | x)

class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ handled it"
print(Left() + Right())
class SubVec(Vec):
    def __radd__(self, o):
        return "SubVec reflected first"
print(Vec(1, 1) + SubVec(2, 2))
class MatMul:
    def __matmul__(self, o):
        return "matmul called"
print(MatMul() @ MatMul())
print(divmod(7, 2), (7).__divmod__(2))
