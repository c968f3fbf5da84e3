# *args and **kwargs
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2))
print(collect(a=1))
print(collect(1, b=2, c=3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4))
def describe(first, *rest, sep="-", **opts):
    return sep.join([str(first)] + [str(r) for r in rest]) + str(sorted(opts.items()))
print(describe(1, 2, 3), describe("a", sep="+", x=1, y=2))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, 2, k="v"))
def kw_only_type(**kw):
    return type(kw).__name__, list(kw)
print(kw_only_type(z=1, a=2, m=3))
def mutate(*args):
    return type(args).__name__
print(mutate(1, 2))
args = (1, 2, 3)
print(max(*args), "{}-{}-{}".format(*args))
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(pow, 2, 10), apply(sorted, [3, 1, 2], reverse=True))
def count_kw(**kw):
    return len(kw)
print(count_kw(**{"a": 1, "b": 2}, c=3))
try:
    count_kw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    total(**{"x": 1})
except TypeError as e:
    print("TypeError:", e)
print(collect(*[], **{}))
print(collect(*"ab", *[1], **dict(x=1)))
