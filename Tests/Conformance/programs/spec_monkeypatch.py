# Deopt: a method monkeypatched on the class, then shadowed on one instance.
class Greeter:
    def greet(self, n):
        return n + 1


def call_all(objs):
    return sum(o.greet(i) for i, o in enumerate(objs))


objs = [Greeter() for _ in range(100)]
print(call_all(objs))
Greeter.greet = lambda self, n: n * 2
print(call_all(objs))
objs[10].greet = lambda n: 1000
print(call_all(objs))
