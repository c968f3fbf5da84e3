x: int = 1
y: list
z.attr: int = 2
class C:
    a: int
    b: str = "s"
