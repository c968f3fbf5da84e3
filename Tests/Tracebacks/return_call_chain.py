def k():
    return int("x")
def m():
    return k()
if m():
    pass
