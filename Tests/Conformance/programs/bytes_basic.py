# basic bytes behaviour
data = b"Hello, World"
print(data, len(data), type(data).__name__)
print(data[0], data[-1], data[7:], data[::2], data[100:])
print([b for b in data[:5]])
print(b"W" in data, b"World" in data, 72 in data, b"" in data)
print(data.decode(), data.lower(), data.upper(), data.swapcase())
print(data.split(b", "), data.replace(b"World", b"There"))
print(data.index(b"o"), data.rindex(b"o"), data.find(b"zz"))
print(repr(b""), repr(b"\x00"), repr(b"'\""), repr(b"\\n"))
print(b"abc" < b"abd", b"a" * 3, b"ab" + b"cd")
print(bytes([0, 127, 128, 255]))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba))
print(b" pad ".strip(), b"x".center(5, b"-"), b"12".zfill(4))
print(b"a b c".split(), b"\n".join([b"l1", b"l2"]))
print(b"abc".isalpha(), b"123".isdigit(), b"ABC".isupper())
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
print(list(reversed(b"abc")), sorted(b"cab"), sum(b"\x01\x02\x03"))
print(b"%d-%s" % (5, b"x"))
print(str(b"bytes"), f"{b'fmt'}")
print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"))
