class P:
    def __format__(self, spec): return "P<" + spec + ">"
print(f"{P():abc}", "{:x}".format(P()), format(P(), "q"))
x = 3.14159
print(f"{x!r:>12}|{x:{'>'}{10}.{3}}|{'s'!a}")
print((5).__format__('x'), (2.5).__format__('.2f'), 'a'.__format__('>3'))
class S(str): pass
s = S("hello")
print(type(s.upper()), type(s.strip()), type(s + "x"), type(s[1:]), s.title(), repr(s), str(s), type(str(s)))
print(format(s, ">7"), "%s" % s, "{}".format(s))
ba = bytearray(b"hello")
ba[0] = 74
ba += b"!"
ba.extend([63, 64])
print(ba, len(ba), ba[1], ba[1:3], ba.upper(), bytes(ba), ba == b"Jello!?@", ba.find(b"l"), list(ba[:2]))
del ba[0]
print(ba, ba.pop(), ba, b"x" in ba, 108 in ba, ba.decode(), ba.hex())
ba[1:3] = b"XYZ"
print(ba, ba.replace(b"X", b"-"), ba * 2, bytearray(3), bytearray("é", "utf-8"), bytearray())
print(isinstance(ba, bytearray), type(ba).__name__, repr(bytearray), b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
print(sorted([b"b", b"a"]), max(b"abc"), b"%s-%d" % (b"x", 5), b"%5.1f|" % 2.25)
print("{0!s:^9}|{0!r:^9}".format("ab"), "{:,}".format(1234567), "{:_b}".format(255), "{:#_x}".format(2**40))
print("%(a)s/%(b)05.1f" % {"a": [1], "b": 3.14159})
print("x".join(map(str, range(5))), "-".join(("a", "b")), "".join(reversed("abc")))
print("%-6s|%6s|" % ("ab", "cd"), "%c%c%c" % (80, 121, "!"))
print(str(b"abc", "ascii"), str(bytearray(b"x"), encoding="utf-8"), b"abc".decode("ascii"))
