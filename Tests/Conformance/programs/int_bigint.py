# big integers
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // a, b % a)
print(divmod(a, 12345678901), divmod(-a, 12345678901))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print((2 ** 64) * (2 ** 64) == 2 ** 128)
fact = 1
for i in range(1, 51):
    fact *= i
print(fact)
print(len(str(fact)), str(fact)[:10])
print(10 ** 30 // 10 ** 15, 10 ** 30 // 3)
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
print(abs(-(2 ** 80)), -(-(2 ** 80)))
print(a == 2 ** 100, a > b, a < b, a != b)
print((2 ** 100) >> 90, 1 << 100, (1 << 100) | 1, (2 ** 100 - 1) & 0xFFFF)
print(-(2 ** 70) >> 3, ~(2 ** 70), (2 ** 70) ^ (2 ** 69))
print(int("123456789012345678901234567890") + 1)
print(hex(2 ** 100), oct(2 ** 65), bin(2 ** 70))
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 200) % 1000)
print(sum(range(10 ** 6)))
print(12345678901234567890 * 98765432109876543210)
print(2 ** 200 // 2 ** 199, 2 ** 200 / 2 ** 199)
print(float(2 ** 100), int(1e20), int(1.5e30))
print((10 ** 20) / 3)
print(str(-(2 ** 127)))
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(4611686018427387904 * 2, 4611686018427387904 * -2 - 1)
x = 1
for _ in range(70):
    x = x * 3 + 1
print(x, x.bit_length())
print((2 ** 65) // -3, (2 ** 65) % -3)
