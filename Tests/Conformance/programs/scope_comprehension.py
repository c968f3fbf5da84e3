# comprehension scopes
x = "global"
squares = [x * x for x in range(4)]
print(squares, x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def g():
    result = [i for i in range(3)]
    try:
        return i
    except NameError as e:
        return "NameError: " + str(e)
print(g())

gen_items = list((n, m) for n in range(2) for m in range(n, 3))
print(gen_items)

def closures_in_comp():
    funcs = [lambda: k for k in range(3)]
    return [fn() for fn in funcs]
print(closures_in_comp())

class K:
    base = 5
    vals = [i for i in range(3)]
    try:
        broken = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)
print(K.vals, K.err)

outer_list = [1, 2, 3]
print([v for v in outer_list if v in outer_list[1:]])

def nested():
    a = 2
    return [[a * i * j for j in range(3)] for i in range(3)]
print(nested())

z = 100
print({k: z for k in "ab"}, {z + i for i in range(2)} == {100, 101})
print(sum(z for _ in range(3)))
first = [c for c in "xy"]
print([(c, d) for c in "ab" for d in first])
