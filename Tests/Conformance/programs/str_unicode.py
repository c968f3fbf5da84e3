# unicode strings, indexing, ord/chr
s = "héllo wörld 日本語 😀!"
print(s, len(s))
print(s[1], s[-2], s[12:15], s[::-1])
print([c for c in "añ😀"])
print(ord("a"), ord("é"), ord("日"), ord("😀"), ord("\n"))
print(chr(97), chr(233), chr(26085), chr(128512), chr(0x41), repr(chr(0)))
print([hex(ord(c)) for c in "Ωπ"])
print("日本" * 3, "日" in s, "😀!" in s)
print("é".encode("utf-8"), "日".encode("utf-8"), "😀".encode("utf-8"), len("😀".encode()))
print(b"\xf0\x9f\x98\x80".decode("utf-8") == "😀")
print("Ünïcödé".upper(), "ÜNÏCÖDÉ".lower())
print(sorted("dcbaé"), max("abcé"), min("zé"))
print("é" < "f", "Z" < "a", "é" > "z")
print("abc" < "abd", "abc" < "abcd", "" < "a", "B" < "a", "apple" > "Apple")
print("x".join(["日", "本"]), "日本語".find("語"), "日本語".replace("本", "-"))
print(repr("日本"), repr("tab\t"), ascii("日本"))
print(str(12), str(1.5), str([1, "a"]), str("x"), repr("x"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s = "abc"
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print("ab" * 0, "ab" * -1, repr("" * 5), 3 * "z")
print("abc"[-1], "abc"[-3], "abc"[0:100], "abc"[5:])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "日".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("日".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "replace"), "é".encode("ascii", "ignore"))
