# slice objects
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step)
data = list(range(12))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(slice(3), slice(None), slice(1, None), slice(None, None, None))
print(slice(1, 10).indices(5), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
print(slice(100, -100, -1).indices(6))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Sliceable:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return "slice(%r, %r, %r)" % (key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return "tuple " + repr(key)
        return "index %r" % (key,)
o = Sliceable()
print(o[1], o[1:2], o[::3], o[:], o[1:2, 3], o[..., 1], o["k"], o[-1:])
data2 = list(range(10))
data2[slice(0, 3)] = ["x"]
print(data2)
del data2[slice(None, None, 2)]
print(data2)
rev = slice(None, None, -1)
print("hello"[rev], [1, 2, 3][rev])
print(type(s).__name__, repr(slice(1, "a", None)))
