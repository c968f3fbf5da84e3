x = 1
class C:
    x = 2
    y = [x for _ in range(3)]
    z = (x for _ in range(3))
    def m(self):
        return x
    def __private(self):
        return self.__attr
def outer():
    v = 1
    class Inner:
        w = v
        def get(self):
            return v
    return Inner
