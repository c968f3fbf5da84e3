from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(5), F(0.1), F('3/7'), F(' -1.25e2 '), F('1_000/3'), F(F(1, 3)), F(2.5), F(F(1, 2), F(3, 4)))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(1, 3)), -a, +a, abs(F(-2, 3)), a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(3), 4 ** F(1, 2), F(9, 4) ** 0.5)
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, a < b, a > 0.3, F(1) <= 1, sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(int(F(-7, 2)), float(F(1, 3)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(-3, 2)), math.trunc(F(-7, 2)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), bool(F(0)), F(10, 4).as_integer_ratio(), F(3, 1).is_integer())
print(F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(), F(1, 3).limit_denominator(2), F(3, 10).limit_denominator(3))
print(format(F(1, 3), '.5f'), format(F(2, 3), '10.2f'), format(F(-1, 8), '.2f'), format(F(1, 8), '.2%'), format(F(5, 2), '.0f'), format(F(1, 3), '.3e'), f"{F(22, 7):.3f}", format(F(1,3), ''), format(F(7, 3), '<8.1f') + '|')
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(1) / F(0), lambda: F([1]), lambda: F('1/0')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
total = sum(F(1, n) for n in range(1, 11)); print(total, float(total))
print(F(1, 3).numerator, F(1, 3).denominator, F.from_float(0.25), {F(1, 2): 'half'}[0.5])
