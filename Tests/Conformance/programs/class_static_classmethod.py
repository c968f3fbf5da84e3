# staticmethod, classmethod, bound methods
class Counter:
    count = 0
    def __init__(self, start):
        self.value = start
    def incr(self, by=1):
        self.value += by
        return self.value
    @classmethod
    def make_zero(cls):
        return cls(0)
    @classmethod
    def bump_class(cls):
        cls.count += 1
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b

c = Counter(5)
m = c.incr
print(m(), m(10), c.value)
print(type(m).__name__, m.__self__ is c, m.__func__ is Counter.incr, m.__name__)
unbound = Counter.incr
print(unbound(c, 100))
z = Counter.make_zero()
print(z.value, type(z).__name__)
print(Counter.add(2, 3), c.add(4, 5))
print(Counter.bump_class(), c.bump_class(), Counter.count)

class Sub(Counter):
    pass
s = Sub.make_zero()
print(type(s).__name__, Sub.bump_class(), Counter.count, Sub.count)

methods = [c.incr, z.incr]
print([mm(2) for mm in methods])
print(c.incr == c.incr, c.incr == z.incr)
bound_list = [Counter(i).incr for i in range(3)]
print([b() for b in bound_list])
f = Counter.add
print(f(1, 1))
sm = staticmethod(lambda: "raw static")
class Holder:
    s = sm
    c = classmethod(lambda cls: cls.__name__)
print(Holder.s(), Holder().s(), Holder.c(), Holder().c())
append = [].append
lst = append.__self__
append(1); append(2)
print(lst)
upper = "abc".upper
print(upper())
