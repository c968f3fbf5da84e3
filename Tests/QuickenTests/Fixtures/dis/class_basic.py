class A:
    """Doc."""
    x = 1
    def m(self):
        return self.x
class B(A, metaclass=type):
    y: int = 2
    def __init__(self, v):
        self.v = v
        self._w = [v]
        self.v2, self.v3 = v, v
    @property
    def p(self):
        return self.v
