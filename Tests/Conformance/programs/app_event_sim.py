"""A discrete-event simulation of a small bank: customers arrive at random, queue for
tellers, get served, and leave. Uses dataclasses, heapq, random, enum and collections."""

import heapq
import random
from collections import deque, Counter, defaultdict
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Optional


class EventKind(Enum):
    ARRIVAL = auto()
    SERVICE_START = auto()
    DEPARTURE = auto()
    TELLER_BREAK = auto()
    TELLER_RETURN = auto()


class Priority(Enum):
    REGULAR = 0
    BUSINESS = 1
    VIP = 2


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: EventKind = field(compare=False)
    customer_id: Optional[int] = field(default=None, compare=False)
    teller_id: Optional[int] = field(default=None, compare=False)


@dataclass
class Customer:
    id: int
    arrival: float
    priority: Priority
    service_time: float
    start: Optional[float] = None
    end: Optional[float] = None
    teller: Optional[int] = None

    @property
    def wait(self) -> float:
        return (self.start or 0.0) - self.arrival


@dataclass
class Teller:
    id: int
    busy_until: float = 0.0
    serving: Optional[int] = None
    served: list = field(default_factory=list)
    on_break: bool = False
    busy_time: float = 0.0


class Simulation:
    def __init__(self, n_tellers: int, seed: int, closing_time: float = 240.0):
        self.rng = random.Random(seed)
        self.clock = 0.0
        self.events: list[Event] = []
        self.seq = 0
        self.tellers = [Teller(i) for i in range(n_tellers)]
        self.queues = {p: deque() for p in Priority}
        self.customers: dict[int, Customer] = {}
        self.closing_time = closing_time
        self.log: list[str] = []
        self.next_customer = 0

    def schedule(self, time: float, kind: EventKind, **kw) -> None:
        self.seq += 1
        heapq.heappush(self.events, Event(time, self.seq, kind, **kw))

    def new_customer(self) -> Customer:
        cid = self.next_customer
        self.next_customer += 1
        roll = self.rng.random()
        if roll < 0.1:
            prio = Priority.VIP
        elif roll < 0.3:
            prio = Priority.BUSINESS
        else:
            prio = Priority.REGULAR
        service = round(self.rng.expovariate(1 / 6.0) + 1.0, 3)
        c = Customer(cid, round(self.clock, 3), prio, service)
        self.customers[cid] = c
        return c

    def free_teller(self) -> Optional[Teller]:
        for t in self.tellers:
            if t.serving is None and not t.on_break:
                return t
        return None

    def next_in_line(self) -> Optional[Customer]:
        for prio in sorted(Priority, key=lambda p: -p.value):
            if self.queues[prio]:
                return self.customers[self.queues[prio].popleft()]
        return None

    def start_service(self, teller: Teller, customer: Customer) -> None:
        teller.serving = customer.id
        customer.start = round(self.clock, 3)
        customer.teller = teller.id
        end = self.clock + customer.service_time
        teller.busy_time += customer.service_time
        self.schedule(end, EventKind.DEPARTURE, customer_id=customer.id, teller_id=teller.id)

    def handle(self, ev: Event) -> None:
        self.clock = ev.time
        if ev.kind is EventKind.ARRIVAL:
            c = self.new_customer()
            teller = self.free_teller()
            if teller is not None:
                self.start_service(teller, c)
            else:
                self.queues[c.priority].append(c.id)
            gap = self.rng.expovariate(1 / 2.5)
            if self.clock + gap < self.closing_time:
                self.schedule(self.clock + gap, EventKind.ARRIVAL)
        elif ev.kind is EventKind.DEPARTURE:
            teller = self.tellers[ev.teller_id]
            c = self.customers[ev.customer_id]
            c.end = round(self.clock, 3)
            teller.served.append(c.id)
            teller.serving = None
            if teller.on_break:
                return
            nxt = self.next_in_line()
            if nxt is not None:
                self.start_service(teller, nxt)
        elif ev.kind is EventKind.TELLER_BREAK:
            teller = self.tellers[ev.teller_id]
            teller.on_break = True
            self.log.append(f"{self.clock:7.2f} teller {teller.id} goes on break")
            self.schedule(self.clock + 15.0, EventKind.TELLER_RETURN, teller_id=teller.id)
        elif ev.kind is EventKind.TELLER_RETURN:
            teller = self.tellers[ev.teller_id]
            teller.on_break = False
            self.log.append(f"{self.clock:7.2f} teller {teller.id} is back")
            if teller.serving is None:
                nxt = self.next_in_line()
                if nxt is not None:
                    self.start_service(teller, nxt)

    def run(self) -> None:
        self.schedule(0.0, EventKind.ARRIVAL)
        for t in self.tellers:
            self.schedule(60.0 + 40.0 * t.id, EventKind.TELLER_BREAK, teller_id=t.id)
        processed = Counter()
        while self.events:
            ev = heapq.heappop(self.events)
            processed[ev.kind.name] += 1
            self.handle(ev)
        self.processed = processed


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    k = (len(values) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def report(sim: Simulation) -> None:
    done = [c for c in sim.customers.values() if c.end is not None]
    print(f"customers: {len(sim.customers)}, served: {len(done)}")
    print("events:", dict(sorted(sim.processed.items())))
    waits = [c.wait for c in done]
    print(f"mean wait: {sum(waits) / len(waits):.3f}")
    print(f"p50 wait: {percentile(waits, 0.5):.3f}  p90 wait: {percentile(waits, 0.9):.3f}")
    by_prio = defaultdict(list)
    for c in done:
        by_prio[c.priority].append(c.wait)
    for prio in Priority:
        ws = by_prio[prio]
        if ws:
            print(f"  {prio.name:<8} n={len(ws):3d} mean={sum(ws) / len(ws):7.3f} max={max(ws):7.3f}")
    for t in sim.tellers:
        util = t.busy_time / sim.clock if sim.clock else 0.0
        print(f"teller {t.id}: served {len(t.served):3d}, utilisation {util:.1%}")
    longest = max(done, key=lambda c: (c.wait, -c.id))
    print("longest wait:", longest.id, longest.priority, round(longest.wait, 3))
    for line in sim.log:
        print(line)


for seed, tellers in [(1, 3), (42, 2)]:
    print(f"=== seed {seed}, {tellers} tellers")
    sim = Simulation(tellers, seed)
    sim.run()
    report(sim)
