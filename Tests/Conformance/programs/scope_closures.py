# closures and cells
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)
print(make_adder.__closure__)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc()
print(get())

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())

def early_binding():
    fns = []
    for i in range(3):
        fns.append((lambda j: lambda: j)(i))
    return [f() for f in fns]
print(early_binding())

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())

def cell_after_def():
    def reader():
        return value
    value = "assigned after def"
    return reader()
print(cell_after_def())

def shared():
    data = []
    def push(v):
        data.append(v)
    def snapshot():
        return list(data)
    return push, snapshot
push, snap = shared()
push(1); push(2)
print(snap())

def accumulate():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = accumulate()
print([acc(v) for v in [1, 2, 3, 4]])

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])

def param_closure(a, *args, key="k"):
    def show():
        return a, args, key
    return show
print(param_closure(1, 2, 3, key="z")())

def unbound_cell():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 1
unbound_cell()
