# assert statement
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught bare:", repr(e), e.args)

try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e)
    print(repr(e))

try:
    x = 5
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print(e)

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args)

def check(v):
    assert isinstance(v, int), "need int"
    return v * 2

print(check(4))
try:
    check("s")
except AssertionError as e:
    print("check failed:", e)

count = 0
def side():
    global count
    count += 1
    return "msg"
assert True, side()
print("side effect count", count)
try:
    assert 0, side()
except AssertionError as e:
    print(e, count)
