# float repr: shortest round-trip
vals = [0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17,
        123456789012345678.0, 1e-4, 1e-5, 0.00001234, 1e22, 1e23, 5e-324,
        1.7976931348623157e308, 2.5, 0.5, 3.14159, 1.1 * 1.1, 9.999999999999999e22,
        1234567890123456.7, 0.1 * 3, 4.35 * 100, 1.0000000000000002, 1e100, 1.5e-7,
        12345.6789, -0.0, 0.0, -1.5, 1e-10, 123e-20]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("Infinity"), float("-INF"), float(" nan "), float("1e5"), float("-1.5E-3"))
print(float(10), float(-3), float("  3.25  "), float("1_0.5"))
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(0.1 + 0.7, 0.7 + 0.1, 0.1 * 0.1)
print(sum([0.1] * 10), 0.1 * 10)
print(1.0 / 7, 22 / 7, 355 / 113)
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0)
print((0.5).hex(), (1.0).is_integer(), (1.5).is_integer())
print((0.25).as_integer_ratio(), (1.5).as_integer_ratio())
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** (1 / 3) if False else 2.0 ** 10)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float(1 << 1023) * 2)
