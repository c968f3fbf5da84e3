def outer():
    def middle():
        def inner():
            return 1
        return inner
    class Local:
        def meth(self):
            pass
    return middle, Local
