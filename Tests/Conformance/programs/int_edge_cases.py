# int edge cases
print(int(-0), -0, 0 == -0, str(-0))
print(10 ** 18, 10 ** 19, -(10 ** 19), 2 ** 63 - 1 + 1, -(2 ** 63) - 1)
print((2 ** 63) // 2, (2 ** 64) % 1000, -(2 ** 64) // 3, -(2 ** 64) % 3)
print(9999999999999999 + 1, 99999999999999999999 * 0, 12 ** 0)
print(7 // -1, -7 // 1, (-7) // -1, -(2 ** 63) // -1)
print(abs(-(2 ** 63)), -(-(2 ** 63)))
print((-1) ** 101, (-1) ** 100, 0 ** 10, 1 ** 10 ** 6)
print(int("9" * 50) + 1)
print(int("-" + "1" * 30))
print(str(2 ** 200)[-10:], len(str(2 ** 1000)))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 < float("inf"), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(True + 2 ** 64, max(2 ** 64, 1.5), min(-(2 ** 64), -1e30))
print(int(1e18), int(-1e18), int(1.9999999999999999))
print(5 // 2 * 2 + 5 % 2 == 5, -5 // 2 * 2 + -5 % 2 == -5)
print(round(2 ** 70 + 0.0) == 2 ** 70, 2 ** 70 / 2 ** 69)
print(hex(-(2 ** 64)), bin(2 ** 64 - 1).count("1"))
print((123).__str__(), (-123).__repr__(), format(-0, "d"))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError raised for very long int str:", "limit" in str(e))
print(len(str(10 ** 4000)))
x = 1
for i in range(100):
    x *= 3
print(x % 1000000007, x.bit_length())
