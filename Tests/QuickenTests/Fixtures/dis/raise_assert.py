def f(x):
    assert x
    assert x > 0, "must be positive"
    if x == 2:
        raise ValueError("two")
    if x == 3:
        raise ValueError from None
    raise
