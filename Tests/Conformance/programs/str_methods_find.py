# find, rfind, index, rindex, count, startswith, endswith, replace
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("o", 5, 10))
print(s.rfind("hello"), s.rfind("o"), s.rfind("xyz"), s.rfind("", 3))
print(s.index("world"), s.rindex("l"))
try:
    s.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("missing")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 0, 5))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("python"), s.endswith("hello", 0, 5), s.endswith(("on", "zz")), "".endswith(""))
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("l", ""))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("banana".replace("ana", "X"), "aaaa".replace("aa", "b"))
print("mississippi".find("ss"), "mississippi".rfind("ss"), "mississippi".count("ss"))
print("ab" in "cabd", "" in "x", "xyz" not in "xy")
print("tEsT".lower().startswith("te"))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "x".removeprefix("y"))
