# while/for loops
total = 0
for i in range(1, 11):
    total += i
print(total)

i = 10
while i > 0:
    i -= 3
print(i)

for ch in "hey":
    print(ch, end="-")
print()

for k, v in [("a", 1), ("b", 2)]:
    print(k, v)

for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)

for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)

d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key, "->", value)

result = []
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        result.append((i, j))
print(result)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(99)
    if len(lst) > 5:
        break
print(lst)

for i in range(3):
    pass
print("loop var after loop", i)

fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)

for x in reversed(range(5)):
    print(x, end=" ")
print()
it = iter([1, 2, 3, 4])
for a in it:
    b = next(it)
    print(a, b)
