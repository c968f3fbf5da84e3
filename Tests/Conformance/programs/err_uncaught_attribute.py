# uncaught AttributeError
class Foo:
    def __init__(self):
        self.present = 1
f = Foo()
print(f.present)
print(f.bar)
