# class scopes: class body names not visible from methods
x = "global x"

class C:
    x = "class x"
    y = x.upper()
    def method(self):
        return x
    def method2(self):
        return self.x
    def method3(self):
        return C.x
    lst = [x for _ in range(1)]

c = C()
print(c.method())
print(c.method2())
print(c.method3())
print(C.y)
print(C.lst)

class D:
    val = 10
    def get(self):
        try:
            return val
        except NameError as e:
            return "NameError: " + str(e)
print(D().get())

def func():
    z = "func local"
    class Inner:
        z_copy = z
        def m(self):
            return z
    return Inner
Inner = func()
print(Inner.z_copy, Inner().m())

class Counter:
    total = 0
    def bump(self):
        self.total += 1
        return self.total
a = Counter()
b = Counter()
a.bump(); a.bump(); b.bump()
print(Counter.total, a.total, b.total)

class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)

class Scope:
    a = 1
    b = [a * 2]
    c = (lambda: "lambda in class sees global x: " + x)()
print(Scope.b, Scope.c)

def f():
    v = "enclosing"
    class K:
        v = "class attr"
        def get(self):
            return v
    return K().get(), K.v
print(f())
