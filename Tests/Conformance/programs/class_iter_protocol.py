# iterator protocol: separate iterable and iterator, reuse, exhaustion
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)

class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v

r = Range2(0, 10, 3)
print(list(r), list(r), len(r), sum(r), 6 in r, 7 in r)
it = iter(r)
print(next(it), list(it), list(it))
print([(a, b) for a in Range2(0, 2) for b in Range2(0, 2)])
print(dict(zip(Range2(0, 3), "abc")), sorted(Range2(1, 4), reverse=True))
a, b, c = Range2(5, 8)
print(a, b, c)
print(*Range2(1, 4))
print(max(Range2(0, 5)), min(Range2(3, 9)), list(enumerate(Range2(7, 9))))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), list(reversed(list(Fib(10)))))

class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times
    def __iter__(self):
        for _ in range(self.times):
            yield from self.items
print(list(Cycle("ab", 3)))

class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
p = Peekable([1, 2, 3])
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"))
class Stopper:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("with value")
print(list(Stopper()), [x for x in Stopper()])
