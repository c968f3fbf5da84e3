# split, rsplit, join, splitlines, partition
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", maxsplit=2))
print("a,b,c".rsplit(",", 1), "a b c d".rsplit(None, 2), "a b c".rsplit())
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("a::b::c".split("::"), "abc".split("abc"))
print("1 2 3".split(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)))
print("|".join([]), "|".join(["only"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".split("\n"))
print("key=value=x".partition("="), "novalue".partition("="))
print("key=value=x".rpartition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
path = "/usr/local/lib/python.so"
print(path.rsplit("/", 1)[-1], path.split("/")[1:3])
csv = "name,age\nbob,30\namy,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print(" x ".join("abc"))
print("a\tb\x0bc\x0cd\x1ce".split())
print("word1  word2".split(" ", 1))
