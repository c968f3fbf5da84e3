# time module: only types and monotonic differences
import time
t1 = time.time()
p1 = time.perf_counter()
n1 = time.perf_counter_ns()
m1 = time.monotonic()
total = 0
for i in range(10000):
    total += i
t2 = time.time()
p2 = time.perf_counter()
n2 = time.perf_counter_ns()
m2 = time.monotonic()
print(type(t1).__name__, type(p1).__name__, type(n1).__name__, type(m1).__name__)
print(t2 - t1 >= 0, p2 - p1 >= 0, n2 - n1 >= 0, m2 >= m1)
print(t1 > 1_600_000_000, isinstance(time.time_ns(), int))
print(total)
before = time.perf_counter()
time.sleep(0.01)
after = time.perf_counter()
print(after - before >= 0.005)
print(time.time_ns() // 10 ** 9 >= int(t1))
