# generator expressions in depth
nums = [4, 8, 15, 16, 23, 42]
g = (n * 2 for n in nums)
print(next(g), next(g), sum(g))
print(sum(n for n in nums if n % 2), max(n % 10 for n in nums), min((n for n in nums), key=lambda n: abs(n - 20)))
print(list(n for n in nums if n > 10), tuple(str(n) for n in nums[:3]), set(n % 3 for n in nums))
print("".join(c.upper() for c in "generator" if c not in "aeiou"))
print(dict((n, n % 5) for n in nums))
print(sorted((n for n in nums), reverse=True))
gx = (x for x in range(3))
print(list(gx), list(gx))
first_source = [1, 2, 3]
lazy = (x * 10 for x in first_source)
first_source.append(4)
print(list(lazy))
rebound = [1, 2]
lazy2 = (x for x in rebound)
rebound = [100, 200]
print(list(lazy2))
def count():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in count() if n % 2 == 0)
print([next(evens) for _ in range(5)])
squares = (n * n for n in count())
print(next(x for x in squares if x > 50))
print(any(ch.isdigit() for ch in "abc1"), all(ch.isalpha() for ch in "abc1"))
print(sum(1 for _ in range(1000)), len(list(c for c in "hello" if c == "l")))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
g2 = (i for i in range(3))
print(type(g2).__name__, iter(g2) is g2)
try:
    (1 / 0 for _ in range(1))
    print("generator creation does not evaluate the body")
    list(1 / 0 for _ in range(1))
except ZeroDivisionError as e:
    print("ZeroDivisionError when consumed:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError eagerly for outermost iterable:", e)
