# defaults incl. mutable default gotcha
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3))
print(append_to.__defaults__)

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))

counter = 10
def capture(x=counter):
    return x
counter = 20
print(capture())

def count_calls(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]
print(count_calls(), count_calls(), count_calls({}))

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f.__defaults__, f.__kwdefaults__)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
def no_args():
    return "none"
try:
    no_args(1)
except TypeError as e:
    print("TypeError:", e)
def two(a, b):
    return a + b
try:
    two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    two()
except TypeError as e:
    print("TypeError:", e)
