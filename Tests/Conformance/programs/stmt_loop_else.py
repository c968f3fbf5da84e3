# loops with else
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)

for x in range(3):
    for y in range(3):
        if x * y == 2:
            break
    else:
        print("inner completed for x =", x)
        continue
    print("inner broke at", x, y)

for i in range(0):
    print("never")
else:
    print("empty loop else runs")

while False:
    pass
else:
    print("while False else runs")

def primes(limit):
    res = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            res.append(n)
    return res
print(primes(30))

for i in range(5):
    if i == 2:
        continue
    print("i", i)
else:
    print("continue does not skip else")
