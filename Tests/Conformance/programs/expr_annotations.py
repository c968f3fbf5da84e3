# annotations are parsed but not enforced
x: int = 3
y: "anything goes" = "string"
z: list[int]
print(x, y)
try:
    print(z)
except NameError as e:
    print("NameError:", e)

def f(a: int, b: str = "d", *args: float, c: bool = True, **kw: dict) -> str:
    return "%s %s %s %s %s" % (a, b, args, c, kw)

print(f("not an int", 5, 1, 2, c=None, q=1))
print(sorted(f.__annotations__))
print(f.__annotations__["return"].__name__)

class Point:
    x: int
    y: int = 0
    label: str = "origin"
    def __init__(self, x: int) -> None:
        self.x = x

p = Point(4)
print(p.x, p.y, p.label)
print(list(Point.__annotations__))
print(hasattr(Point, "x"), hasattr(Point, "y"))

def g() -> None:
    local: int = 5
    other: str
    return local
print(g())

count: int = 0
for i in range(3):
    count += i
print(count)
items: dict[str, list[int]] = {"a": [1]}
print(items)
print(__annotations__["x"].__name__, sorted(__annotations__))
