class A:
    pass
a = A()
total = a.value + 1   # comment
