# Specialization pattern: add2 warmed with ints, then called with floats and strs.
def add2(a, b):
    return a + b


acc = 0
for i in range(100):
    acc = add2(acc, i)
print(acc)
print(add2(1.5, 2.25), add2("ab", "cd"))
for i in range(100):
    acc = add2(acc, i)
print(acc)
