# pass, ellipsis bodies, empty class/func, semicolons, while with complex conditions
def stub():
    pass
def stub2():
    ...
class Nothing:
    pass
class Nothing2:
    ...
print(stub(), stub2(), Nothing.__name__, Nothing2.__name__)
a = 1; b = 2; c = a + b; print(c)
for i in range(3): pass
print(i)
while False: pass
if True: x = "inline"; y = "two"
print(x, y)
n = 0
while n < 100 and n * n < 50 or n == 0:
    n += 1
print(n)
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(data) and data[i] != 9:
    i += 1
print("index of 9:", i)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
print(count)
print(Ellipsis is ..., type(...).__name__)
def returns_ellipsis():
    return ...
print(returns_ellipsis())
