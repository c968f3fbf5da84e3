# Known difference: Quicken does not evaluate function annotations; CPython 3.13 builds an
# annotations tuple and sets it with SET_FUNCTION_ATTRIBUTE 4 (annotations).
def f(a: int, b: "str" = "x") -> list[int]:
    return [a]
