# deterministic bank-queue simulation with a linear congruential generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % (2 ** 31)
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

rng = LCG(42)
print([rng.randint(1, 6) for _ in range(10)])

class Customer:
    count = 0
    def __init__(self, arrival, service):
        Customer.count += 1
        self.id = Customer.count
        self.arrival = arrival
        self.service = service
    def __repr__(self):
        return "C%d(a=%d,s=%d)" % (self.id, self.arrival, self.service)

def simulate(n_tellers, customers):
    tellers = [0] * n_tellers
    waits = []
    for c in customers:
        i = min(range(n_tellers), key=lambda k: (tellers[k], k))
        start = max(tellers[i], c.arrival)
        waits.append(start - c.arrival)
        tellers[i] = start + c.service
    return waits, max(tellers)

rng = LCG(2024)
t = 0
customers = []
for _ in range(20):
    t += rng.randint(0, 4)
    customers.append(Customer(t, rng.randint(2, 9)))
print(customers[:5])
for n in (1, 2, 3):
    waits, end = simulate(n, customers)
    print(n, "tellers: total wait", sum(waits), "max wait", max(waits), "avg %.2f" % (sum(waits) / len(waits)), "done at", end)
