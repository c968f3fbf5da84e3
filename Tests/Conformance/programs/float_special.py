# inf, nan, -0.0, comparisons
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(nan is nan, [nan] == [nan], nan in [nan])
print(1 / inf, -1 / inf, 0.0 == -0.0)
nz = -0.0
print(nz, repr(nz), str(nz), abs(nz), -nz, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(nz == 0, nz < 0, round(-0.4), round(-0.4, 1))
print(max(inf, 5), min(-inf, 5), sorted([3.0, inf, -inf, 0.0]))
print(int(-0.0), float(-0), float("-0"))
print(str(1e400), repr(-1e400))
print(f"{inf:.2f} {nan:.3f} {-inf:10.1f}|")
print(inf > 10 ** 400, -inf < -(10 ** 400))
print(hash(inf) == hash(float("inf")), hash(-0.0) == hash(0.0))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised", type(e).__name__)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("")
except ValueError as e:
    print("ValueError:", e)
print(0.0 ** 0, 0.0 ** 1, (-1.0) ** 2)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(inf % 3 if False else "skip", 5 % inf, -5 % inf)
print(float(10 ** 308), 10 ** 308 * 1.0)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
