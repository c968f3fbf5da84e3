# Specialized forms that call Python code: a class __getitem__ (BINARY_SUBSCR_GETITEM) and an
# overridden __getattribute__ (LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN), including errors raised
# inside them and a __getitem__ replaced while hot.
class Grid:
    def __init__(self, w):
        self.w = w

    def __getitem__(self, key):
        if key < 0:
            raise IndexError("negative")
        return key * self.w


class Logged:
    def __init__(self):
        self.hits = 0

    def __getattribute__(self, name):
        if name == "missing":
            raise AttributeError(name)
        return "<" + name + ">"


g = Grid(3)
total = 0
for i in range(100):
    total += g[i]
print(total)
try:
    g[-1]
except IndexError as e:
    print("IndexError", e)
Grid.__getitem__ = lambda self, key, extra=0: -key
print(sum(g[i] for i in range(10)))

obj = Logged()
print([obj.alpha for _ in range(3)], obj.beta)
for _ in range(60):
    v = obj.gamma
print(v)
try:
    obj.missing
except AttributeError as e:
    print("AttributeError", e)
