# strip and case methods
s = "  \t Hello World \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".lstrip("abc"), "www.example.com".rstrip(".com"))
print(repr("".strip()), repr("   ".strip()))
words = ["hello world", "HELLO", "hello-world foo_bar", "they're bill's friends", "ÉCOLE", "straße", "mIxEd CaSe 123", "a1b2c3"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())
print("ß".upper(), "ﬁ".upper(), "İ".lower() == "i̇")
print("hello".casefold(), "Straße".casefold())
print("abc".isupper(), "ABC".isupper(), "AbC".isupper(), "123".isupper(), "A1".isupper())
print("abc".islower(), "aBc".islower(), "a1".islower(), "".islower())
print("Title Case".istitle(), "Not title".istitle())
print("hello world".title(), "3rd place".title(), "o'neil".title())
print("hELLO".capitalize(), "".capitalize(), "1abc".capitalize())
