# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__/__next__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "#" in g, "?" in g)
for row in g:
    print(row)
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), 3 in Countdown(5))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))

class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq())
for v in OldSeq():
    print("v", v)

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), "falsy" if not Empty() else "truthy")

class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        return self.data[idx]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return "Seq(%r)" % self.data
    def __reversed__(self):
        return iter(self.data[::-1] + ["(custom reversed)"])
s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::2], len(s), list(reversed(s)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
