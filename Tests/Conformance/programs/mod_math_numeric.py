# numerical algorithms using math
import math

def newton_sqrt(x, tol=1e-12):
    g = x / 2.0
    while abs(g * g - x) > tol:
        g = (g + x / g) / 2
    return g
for v in [2, 9, 10, 1e6]:
    print(v, newton_sqrt(v), math.sqrt(v), abs(newton_sqrt(v) - math.sqrt(v)) < 1e-6)

def integrate(f, a, b, n=1000):
    h = (b - a) / n
    s = (f(a) + f(b)) / 2
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(round(integrate(math.sin, 0, math.pi), 6))
print(round(integrate(lambda x: x * x, 0, 3), 4))

def leibniz_pi(terms):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(terms))
print(leibniz_pi(1000), abs(leibniz_pi(1000) - math.pi) < 0.01)

def e_series(n):
    return sum(1 / math.factorial(k) for k in range(n))
print(e_series(20), math.e, e_series(20) == math.e)

points = [(1, 2), (4, 6), (-1, -1), (0, 0)]
dists = [math.hypot(x, y) for x, y in points]
print(dists)
print(sorted(points, key=lambda p: math.hypot(*p)))
angles = [math.degrees(math.atan2(y, x)) for x, y in points]
print(angles)
print([math.gcd(a, b) for a, b in [(48, 18), (17, 5), (100, 75), (0, 0)]])
print([math.floor(x) for x in [-1.5, -0.5, 0.5, 1.5]], [math.ceil(x) for x in [-1.5, -0.5, 0.5, 1.5]])
print([round(math.sqrt(i), 3) for i in range(10)])
print(sum(math.comb(10, k) for k in range(11)), 2 ** 10)
print(math.log(2 ** 100, 2), math.log2(2 ** 100), math.log(10 ** 100, 10))
print(math.cos(math.pi / 3), math.sin(math.pi / 6), math.tan(math.pi / 4))
print(math.exp(math.log(10)), math.sqrt(2) ** 2, math.pow(math.sqrt(3), 2))
