# center, ljust, rjust, zfill, expandtabs
for w in ["", "a", "ab", "abc", "abcdef"]:
    print("[" + w.center(5) + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5, "*") + "]", "[" + w.center(6, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("-".zfill(3), "3.14".zfill(8))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(2)), repr("x\ty\nab\tc".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("ab".center(7), "|", "ab".center(7, "0"))
print("abc".center(4), "|", "abc".center(5), "|", "ab".center(5))
print("%5s|%-5s|%05d|%.2f|%x|%o|%e|%r" % ("r", "l", 42, 3.14159, 255, 8, 12345.678, "q"))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3})
print("%c%c" % (72, "i"), "%%", "%s" % [1, 2], "%s" % (1,))
print("%+d %+d % d" % (5, -5, 5), "%10.3f|" % 2.5, "%-8s|" % "x")
print("%i %u" % (3, 4), "%X" % 3054, "%#x %#o" % (255, 8))
print("%.3s" % "abcdef", "%*d" % (5, 42), "%g %g" % (0.0001, 1e10))
