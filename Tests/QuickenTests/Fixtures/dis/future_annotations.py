from __future__ import annotations
x: list[int] = []
y: dict[str, tuple[int, ...]] | None
class C:
    a: "Forward"
    b: int = 3
    c: lambda: 1
