# range objects
r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3])
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(0, -10, -2)))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(5, 5)), len(range(0, 10, -1)))
print(5 in r, 10 in r, -1 in r, 3.0 in r, "a" in r)
print(range(0, 20, 3).index(9), range(10, 0, -2).index(4), range(1, 10).count(5))
try:
    range(0, 10, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(1, 10, 2))), list(reversed(range(5, 0, -1))))
print(range(1, 10, 2)[1:3], range(10)[-3:], range(0, 30, 3)[::2], range(10)[::-2])
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2))
print(r.start, r.stop, r.step, range(1, 9, 2).stop)
big = range(0, 10 ** 20, 3)
print(big[-1], 10 ** 19 - 1 in big, 10 ** 19 in big, big[10 ** 18])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(repr(range(3)), str(range(1, 2, 3)), range(-3, 3, 2))
print(bool(range(0)), bool(range(1)), type(range(2)).__name__)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
print(range(10)[range(10).index(7)])
