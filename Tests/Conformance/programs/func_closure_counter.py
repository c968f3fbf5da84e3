# closures with nonlocal counters and shared state
def make_counter(start=0, step=1):
    value = start
    def next_value():
        nonlocal value
        current = value
        value += step
        return current
    def reset():
        nonlocal value
        value = start
    return next_value, reset

nxt, reset = make_counter(10, 5)
print(nxt(), nxt(), nxt())
reset()
print(nxt())

def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(0))

def fib_gen_closure():
    a, b = 0, 1
    def step():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return step
f = fib_gen_closure()
print([f() for _ in range(12)])

def outer():
    x = 0
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    return mid, lambda: x
m, get = outer()
print(m(), m(), get())

def independent():
    counters = [make_counter()[0] for _ in range(3)]
    return [c() + c() + c() for c in counters]
print(independent())

def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
init = once(lambda v: "initialized with %r" % (v,))
print(init(1), init(2))
