# numeric literals
print(1_000_000, 0x_ff, 0b_1010, 0o_17)
print(0xFF, 0XAb, 0o777, 0O10, 0b1111, 0B0)
print(1_0.5_0, 1e3, 1E3, 1e-3, 1.5e+2, .5, 5., 0.0)
print(1_000.000_1)
print(type(1e3).__name__, type(10).__name__)
print(123456789012345678901234567890)
print(0x7fffffffffffffff + 1)
print(-0x8000000000000000 - 1)
print(00, 0_0)
print(1e308, 1e309, -1e309)
print(2.5e-324, 5e-324, 1e-325)
print(1.7976931348623157e308)
print(0.1, 0.2, 0.3, 1.1, 2.675)
print(100.0, 1e15, 1e16, 1e17, 1.5e16)
print(0.0001, 0.00001, 1.234e-7)
print(123456789.123456789)
print(3.141592653589793238)
print(1j if False else "no complex")
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2
     + 3)
print(y)
z = [1,
     2,
     3,]
print(z)
print(0b1010 + 0o12 + 0xa + 10)
print(1_2_3_4)
print(float("1_000.5"), int("1_000"))
print(-5 ** 2, (-5) ** 2)
print(2 ** -1, 2 ** 0.5)
print(10 / 4, 10 // 4, 10 % 4)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
