# math module
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10 ** 20 + 0.0) == 10 ** 20)
print(math.fabs(-3), math.fabs(2.5), math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(1), math.cos(1), math.atan(1) * 4, math.atan2(1, 1), math.asin(1), math.acos(1))
print(math.exp(0), math.exp(1), math.exp(-1), math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log10(2), math.log1p(0), math.expm1(0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 40, 6 ** 20), math.lcm(4, 6))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.degrees(math.pi), math.radians(180), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.dist((0, 0), (3, 4)), math.sinh(0), math.cosh(0), math.tanh(0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(1e20))
print(round(math.sin(math.pi), 10), abs(math.cos(math.pi / 2)) < 1e-15)
print(math.sqrt(10 ** 30), math.isqrt(10 ** 30 + 1))
