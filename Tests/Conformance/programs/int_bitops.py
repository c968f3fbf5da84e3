# bitwise operations and shifts
vals = [0, 1, 5, 12, 255, -1, -6, 1023]
for v in vals:
    print(v, ~v, v & 0xF, v | 0x10, v ^ 0b1010, v << 3, v >> 1, bin(v))
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(-1 << 10, -1 >> 10, -1024 >> 3, -1025 >> 3)
print(12 & -12, 0xF0F0 & 0x0FF0, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(2 ** 64 >> 1, (2 ** 64) >> 64, (2 ** 64) >> 65)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, -True, -False)
print(type(True & False).__name__, type(True & 1).__name__)
x = 0b1011_0110
bits = []
while x:
    bits.append(x & 1)
    x >>= 1
print(bits)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(16)])
print(format(0b1010, "08b"), format(-5, "b"), format(255, "#010x"))
mask = (1 << 16) - 1
print(mask, hex(mask), (0x12345678 >> 8) & 0xFF)
print(hex(-255), oct(-8), bin(-3))
