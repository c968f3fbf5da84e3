# uncaught AssertionError with message
def check_positive(n):
    assert n > 0, "expected positive, got %d" % n
    return n
print(check_positive(5))
check_positive(-2)
