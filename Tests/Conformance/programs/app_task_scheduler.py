"""A cooperative task scheduler: generator-based tasks with priorities and sleeps on a virtual
clock, a heapq ready queue, dependency tracking, cancellation, and a JSON run log. Uses
heapq, itertools, dataclasses, enum, contextlib, json, collections and typing."""

import heapq
import itertools
import json
from collections import defaultdict, deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Generator, Optional


class State(Enum):
    READY = "ready"
    SLEEPING = "sleeping"
    WAITING = "waiting"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Wait:
    def __init__(self, *names):
        self.names = names


@dataclass(order=True)
class Scheduled:
    when: int
    priority: int
    seq: int
    name: str = field(compare=False)


@dataclass
class Task:
    name: str
    gen: Generator
    priority: int = 5
    state: State = State.READY
    result: Optional[object] = None
    waiting_on: set = field(default_factory=set)
    steps: int = 0


class Scheduler:
    def __init__(self):
        self.clock = 0
        self.tasks: dict[str, Task] = {}
        self.queue: list[Scheduled] = []
        self.counter = itertools.count()
        self.waiters = defaultdict(list)
        self.log = deque(maxlen=12)
        self.events = []

    def spawn(self, name, gen, priority=5):
        if name in self.tasks:
            raise ValueError(f"duplicate task {name!r}")
        self.tasks[name] = Task(name, gen, priority)
        self._schedule(name, self.clock)

    def _schedule(self, name, when):
        t = self.tasks[name]
        heapq.heappush(self.queue, Scheduled(when, t.priority, next(self.counter), name))

    def cancel(self, name):
        t = self.tasks[name]
        if t.state in (State.DONE, State.FAILED, State.CANCELLED):
            return False
        t.state = State.CANCELLED
        t.gen.close()
        self._record(name, "cancelled")
        self._wake(name)
        return True

    def _record(self, name, what):
        entry = f"t={self.clock:3d} {name}: {what}"
        self.log.append(entry)
        self.events.append({"t": self.clock, "task": name, "event": what})

    def _wake(self, finished):
        for waiter in self.waiters.pop(finished, []):
            t = self.tasks[waiter]
            t.waiting_on.discard(finished)
            if not t.waiting_on and t.state is State.WAITING:
                t.state = State.READY
                self._schedule(waiter, self.clock)

    def run(self, limit=200):
        while self.queue and limit:
            item = heapq.heappop(self.queue)
            t = self.tasks[item.name]
            if t.state in (State.DONE, State.FAILED, State.CANCELLED):
                continue
            self.clock = max(self.clock, item.when)
            limit -= 1
            t.state = State.READY
            t.steps += 1
            try:
                request = next(t.gen)
            except StopIteration as stop:
                t.state = State.DONE
                t.result = stop.value
                self._record(t.name, f"done -> {stop.value!r}")
                self._wake(t.name)
                continue
            except Exception as exc:
                t.state = State.FAILED
                t.result = f"{type(exc).__name__}: {exc}"
                self._record(t.name, f"failed ({t.result})")
                self._wake(t.name)
                continue
            if isinstance(request, Sleep):
                t.state = State.SLEEPING
                self._schedule(t.name, self.clock + request.ticks)
            elif isinstance(request, Wait):
                pending = {n for n in request.names
                           if self.tasks[n].state not in (State.DONE, State.FAILED, State.CANCELLED)}
                if pending:
                    t.state = State.WAITING
                    t.waiting_on = pending
                    for n in pending:
                        self.waiters[n].append(t.name)
                else:
                    self._schedule(t.name, self.clock)
            else:
                self._schedule(t.name, self.clock)
        return limit


def worker(name, n, delay):
    total = 0
    for i in range(n):
        total += i * i
        yield Sleep(delay)
    return total


def aggregator(sched, deps):
    yield Wait(*deps)
    results = {d: sched.tasks[d].result for d in deps}
    return sum(v for v in results.values() if isinstance(v, int))


def flaky(limit):
    for i in range(limit):
        yield Sleep(2)
        if i == 2:
            raise RuntimeError("disk on fire")
    return "ok"


def ticker():
    for i in itertools.count():
        yield Sleep(5)


@contextmanager
def phase(name, sched):
    start = sched.clock
    print(f"== {name} (t={start})")
    yield
    print(f"== end {name}: {sched.clock - start} ticks")


s = Scheduler()
with phase("setup", s):
    s.spawn("a", worker("a", 4, 3), priority=2)
    s.spawn("b", worker("b", 3, 5), priority=1)
    s.spawn("c", worker("c", 6, 1))
    s.spawn("flaky", flaky(5), priority=3)
    s.spawn("agg", aggregator(s, ["a", "b", "c", "flaky"]), priority=0)
    s.spawn("tick", ticker(), priority=9)
    try:
        s.spawn("a", worker("a", 1, 1))
    except ValueError as e:
        print("error:", e)

with phase("run", s):
    s.run(limit=30)
    print("cancel tick:", s.cancel("tick"), "again:", s.cancel("tick"))
    left = s.run()
    print("budget left:", left)

for name, t in sorted(s.tasks.items()):
    print(f"{name:<6} {t.state.value:<10} steps={t.steps:<3} result={t.result!r}")
print("last log lines:")
for line in s.log:
    print(" ", line)
by_state = defaultdict(list)
for t in s.tasks.values():
    by_state[t.state.name].append(t.name)
print(json.dumps({"clock": s.clock, "states": dict(sorted(by_state.items())),
                  "events": len(s.events), "first": s.events[:2]}, sort_keys=True))
