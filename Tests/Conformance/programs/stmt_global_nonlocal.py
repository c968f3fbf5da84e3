# global and nonlocal
counter = 0

def incr():
    global counter
    counter += 1
    return counter

for _ in range(3):
    incr()
print("counter", counter)

def make_global():
    global created_later
    created_later = "made inside function"

make_global()
print(created_later)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def counter_factory():
    count = 0
    def step(n=1):
        nonlocal count
        count += n
        return count
    return step

c1 = counter_factory()
c2 = counter_factory()
print(c1(), c1(), c1(5), c2(), c1())

def nested_levels():
    a = 1
    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        level2()
    level1()
    return a

print(nested_levels())

g = "global g"
def shadow():
    g = "local g"
    return g
print(shadow(), g)

def read_global():
    return g.upper()
print(read_global())

def global_in_nested():
    def inner():
        global g
        g = "rebound"
    inner()
print(g)
global_in_nested()
print(g)

x = 5
def multi():
    global x, y
    x, y = 100, 200
multi()
print(x, y)
