# round (banker's), divmod, pow
for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.4999, 2.5000001]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(2.665, 2), round(1.25, 1), round(1.35, 1), round(1.45, 1))
print(round(12345, -1), round(12355, -1), round(15, -1), round(25, -1), round(-25, -1), round(5, -1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -4), round(5678, -3))
print(round(0.0), round(-0.0), round(-0.0, 1), round(1e300, 2), round(0.1 + 0.2, 15))
print(round(7), round(7, 2), round(True), round(3.14159, 4))
print(divmod(10, 3), divmod(-10, 3), divmod(10, -3), divmod(-10, -3), divmod(10.5, 3), divmod(-10.5, 3))
print(divmod(2 ** 70, 7), divmod(0, 5), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(-8, 1 / 3) if False else pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(-3, 3, 7), pow(5, -1, 7), pow(3, -2, 11))
print(pow(0, 0), pow(0.0, 0), pow(10, -2), pow(-1, 0.5) if False else pow(-1, 2))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(round(2.5, None), round(-3.5), round(0.125, 2), round(0.375, 2))
print(round(1e16 + 0.5), round(123456789.987654321, 3))
