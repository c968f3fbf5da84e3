class A:
    def m(self, x):
        return x
class B(A):
    def m(self, x):
        return super().m(x) + 1
    def n(self):
        return super().attr
    def o(self):
        return __class__
    def p(self):
        return super(B, self).m(1)
    @staticmethod
    def s():
        return super()
