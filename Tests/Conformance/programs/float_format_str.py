# float str/repr/format combinations
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 2.675, 1e-7, 1e-4, 123.456, 1e15, 1e16, 1.23456789e20, float("inf"), float("nan")]
for v in vals:
    print("%r | %s | %.3f | %g | %e | %10.2f | %-10.4g|" % (v, v, v, v, v, v, v))
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.345]:
    print(v, "%.0f %.1f %.2f" % (v, v, v), format(v, ".0f"), round(v, 1), round(v, 2))
print(str(1.0), str(10.0), str(1e5), str(123456789.0), str(1234567890123456789.0))
print(repr(1 / 3), repr(2 / 3), repr(10 / 3), repr(100 / 3))
print(float("0.1") + float("0.2"), 0.1 + 0.2 == 0.30000000000000004)
print(3 * 0.1, 0.3 / 0.1, 0.7 * 3, 1.1 + 2.2, 3.3 * 3)
print(1e-323, 1e-310, 2.2250738585072014e-308)
print(float(123), float(-0), float("1e-2"), float(".1e1"))
print(8.0 / 3, 8 / 3.0, 2 ** 0.5 * 2 ** 0.5, 10 ** -1)
print(int(0.1 + 0.2 == 0.3), 1.0 == 1, 0.5 == 1 / 2)
