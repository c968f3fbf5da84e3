# encode / decode / bytes interplay
samples = ["ascii", "café", "naïve résumé", "日本", "😀", "", "a\x00b"]
for s in samples:
    enc = s.encode()
    print(repr(s), enc, len(s), len(enc), enc.decode() == s)
print("abc".encode("utf-8"), "abc".encode("ascii"), "é".encode("utf-8"))
print("hello".encode().hex(), b"hello".decode("ascii"))
data = "Grüße".encode("utf-8")
print(data, list(data))
print(data[2], data[2:4], data[2:4].decode())
print(bytes("xyz", "utf-8"), bytes("é", "latin-1"))
print("€".encode("utf-8"), len("€".encode("utf-16-le")) if False else 3)
print(b"abc" == "abc".encode(), b"abc" == "abc")
print(str(b"\xc3\xa9", "utf-8"), b"\xc3\xa9".decode())
print(repr(bytes(range(0, 256, 37))))
