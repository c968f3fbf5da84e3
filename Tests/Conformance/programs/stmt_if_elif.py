# if / elif / else chains, truthiness, nested conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 42, 1000]])
for value in [0, 1, "", "x", [], [0], None, {}, {"a": 1}, 0.0, 0.1]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
if x == 5: print("single-line if")
if False: pass
elif x: print("single-line elif")
if x > 10:
    pass
else:
    print("else runs")
if (x > 1 and
        x < 10):
    print("multi-line condition")
y = 0
if not y:
    print("not y")
if x and y:
    print("never")
elif x or y:
    print("x or y")
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 21)))
