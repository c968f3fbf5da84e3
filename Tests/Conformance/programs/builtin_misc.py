# any, all, hex/oct/bin, callable, id, hash, slice, ord/chr
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
checked = []
def t(v):
    checked.append(v)
    return v
print(any(t(v) for v in [0, 1, 2]), checked)
checked.clear()
print(all(t(v) for v in [1, 0, 2]), checked)
print(hex(0), hex(16), hex(-16), oct(64), oct(-64), bin(10), bin(-10), bin(2 ** 10))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(hash(1) == hash(1), hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0), hash(0) == 0)
print(hash(5), hash(-7), hash((1, 2)) == hash((1, 2)))
print(callable(print), callable(len), callable(1), callable(None), callable(int), callable([].append))
print(ord("a"), ord("Z"), ord(" "), ord("é"), ord("€"), chr(8364), chr(0x1F40D))
print([chr(c) for c in range(ord("a"), ord("f"))])
print(divmod(17, 4), abs(-3), pow(2, 8))
s = slice(1, None, 2)
print(s, [0, 1, 2, 3, 4, 5][s])
print(isinstance(s, slice), slice(3).stop)
print(bool(NotImplemented) if False else "NotImplemented", repr(NotImplemented), repr(Ellipsis), ...)
print(type(...).__name__, type(NotImplemented).__name__)
x = 10
print(eval("x * 2") if False else x * 2)
print(len(dir()) > 0 if False else True)
print(globals()["x"], "x" in globals())
print(max(map(len, ["a", "abc", "ab"])), min(zip([3, 1], "ab")))
print(bin(0b1010 ^ 0b0110), oct(0o777 & 0o070), hex(0xF0 | 0x0F))
