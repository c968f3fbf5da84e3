"""Object-oriented task scheduler in the spirit of Martin Richards' OS simulation benchmark.

Six tasks (an idle task, a worker, two packet handlers, two devices) exchange packets through
a priority scheduler. Written from the algorithm's description for this suite.

Usage: python richards.py [N]    (N = number of complete simulations; default 250)
"""
# bench-sizes: tiny=10 default=250
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = False
        self.held = False
        self.next = sched.head
        sched.head = self
        sched.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def take_packet(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        self.pending = self.queue is not None
        self.waiting = False
        return pkt

    def run(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, count):
        Task.__init__(self, sched, ident, priority, queue)
        self.control = 1
        self.count = count

    def run(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait_current()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.datum = 0
        data = pkt.data
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return s.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def run(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            idx = work.datum
            if idx >= 4:
                self.work_in = work.link
                return s.send(work)
            dev = self.device_in
            if dev is not None:
                self.device_in = dev.link
                dev.datum = work.data[idx]
                work.datum = idx + 1
                return s.send(dev)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.stored = None

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            stored = self.stored
            if stored is None:
                return s.wait_current()
            self.stored = None
            return s.send(stored)
        self.stored = pkt
        s.checksum = (s.checksum * 7 + pkt.datum) % 1000003
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.head = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0

    def hold_current(self):
        self.hold_count += 1
        cur = self.current
        cur.held = True
        return cur.next

    def wait_current(self):
        cur = self.current
        cur.waiting = True
        return cur

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt):
        t = self.table[pkt.dest]
        self.queue_count += 1
        pkt.link = None
        pkt.dest = self.current.ident
        if t.queue is None:
            t.queue = pkt
            t.pending = True
            if t.priority > self.current.priority:
                return t
        else:
            t.queue = pkt.append_to(t.queue)
        return self.current

    def schedule(self):
        t = self.head
        while t is not None:
            if t.blocked():
                t = t.next
            else:
                self.current = t
                pkt = t.take_packet() if t.waiting else None
                t = t.run(pkt)


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    d = DeviceTask(s, DEVICE_A, 4000, None)
    d.waiting = True
    d = DeviceTask(s, DEVICE_B, 5000, None)
    d.waiting = True
    # A freshly created task with packets starts in the "waiting with packet" state.
    for t in s.table:
        if t.pending:
            t.waiting = True
    s.schedule()
    return s.queue_count, s.hold_count, s.checksum


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    total = 0
    for i in range(n):
        qc, hc, cs = simulate(1000 + 100 * (i % 10))
        total = (total * 31 + qc * 1000 + hc + cs) % 1000000007
    print("queue_count =", qc, "hold_count =", hc)
    print("checksum:", total)


main()
