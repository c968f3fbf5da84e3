# str operators and misc methods
a = "spam"
b = "eggs"
print(a + b, a * 2, a + " " + b, len(a + b))
print(a == "spam", a != b, a < b, a > b, a <= "spam", a >= "spbm")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["b", "a", "B", "A"], key=str.lower))
print("".join(reversed("abc")), list("abc"), tuple("ab"))
print("abc".encode(), str(b"abc"), str(b"abc", "utf-8"))
print(str(), str(None), str(3.0), str(-0), str(True))
print("Hello"[1:4], "Hello"[::2], "Hello"[-1::-2])
print(hash("abc") == hash("abc"), "abc" != None)
x = "concat"
x += "enated"
print(x)
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts), "+".join(parts))
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{:^10}".format("mid"))
print("{:,}".format(123456789), "{:08.3f}".format(-3.14159), "{:>{w}}".format("w", w=4))
print("{0!r:>8}".format("r"), "{0.real}".format(5), "{x[0]}".format(x=[7]))
print("a".__add__("b"), "ab".__len__(), "ab".__contains__("b"), "ab".__getitem__(1))
print(type("s").__name__, isinstance("s", str), str.__name__)
print("%s" % "x", "%s-%s" % ("a", "b"), "%d%%" % 50)
print("tic-tac-toe".title(), "A man a plan".lower().replace(" ", ""))
s = "racecar"
print(s == s[::-1], "abc" == "abc"[::-1])
print(max("hello"), min("hello"), sorted("hello"), sorted(set("hello")))
print(str.upper("x"), str.join(",", ["1", "2"]))
print("a b c".split() == ["a", "b", "c"])
print("x".ljust(3) + "|", "abc".translate({97: "A", 98: None}), str.maketrans("ab", "xy") == {97: 120, 98: 121})
print("hello".translate(str.maketrans("el", "ip")))
