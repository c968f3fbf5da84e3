# integer arithmetic, //, %, ** with negatives
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 2 ** 0)
print(2 ** -1, (-2) ** -2, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(7 / 7, type(7 / 7).__name__, 1 / 3, -1 / 3, 2 / 3)
print(abs(-5), abs(5), -(-5), +5)
print(int(7.9), int(-7.9), int(True), int("  42  "), int("-0"), int("+17"))
print(5 * -1, -5 * -1, 0 * -1)
print(max(3, 7), min(3, 7))
print(10 % 3, -10 % 3, 10 % -3, -10 % -3)
print(1000000007 * 1000000009)
print(3 // 1, 3 % 1, 0 // 5, 0 % 5)
print(round(7, -1), round(15, -1), round(25, -1), round(-15, -1), round(123, 1))
print((5).__add__(3), (5).__mul__(2), (-3).__abs__())
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator)
print((255).bit_length(), (0).bit_length(), (-256).bit_length())
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1234).bit_count() if hasattr(int, "bit_count") else "no bit_count")
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
