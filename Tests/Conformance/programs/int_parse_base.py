# int(str, base) and edge cases
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("Zz", 36), int("10", 36), int("123", 10))
print(int("  -42\n"), int("1_000_000"), int("0"), int("-0"), int("000"))
print(int("0_1", 0) if False else int("0_1", 10))
print(int(3.99), int(-3.99), int(1e18), int(-0.5))
print(int("10", base=3), int(x="11", base=2) if False else int("11", 2))
print(int(), int(False), int(True))
bad = ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x", "12a"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
print(int("010"), int("0", 0), int("00", 0))
print(int(b"42"), int(bytearray(b"17")))
