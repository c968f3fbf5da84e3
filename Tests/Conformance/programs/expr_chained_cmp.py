# chained comparisons and conditional expressions
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 1.5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print("a" < "b" < "c", [1] < [1, 0] < [2])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print(x is not None is not False)
print(3 in [1, 3] in [[1, 3]])
one = 1
print(None is None, one is not None)
a = [1]
b = [1]
print(a == b, a is b, a is not b)
print(0 < 0.5 < True)
print(-1 < -0.0 == 0 < 1)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
print("yes" if [] else "no", "yes" if [0] else "no")
r = (1 if x > 3 else 2) * 10
print(r)
print(x if x > 100 else -x if x > 0 else 0)
print(not 1 < 2, not (1 > 2))
print(1 < 2 and 2 < 3 or False)
print(0 or "" or None or "last", 1 and 2 and 3, 1 and 0 and 3)
print([] or [1], {} and 5)
