# f-strings: nested quotes (PEP 701 in 3.12+), conversions, debugging specifier
data = {"key": "value", "n": 5}
print(f"{data["key"]}")
print(f'{data['n'] * 2}')
print(f"{"same quotes inside"}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'\n'.join(['multi', 'line'])}")
print(f"{'a' + "b" + '''c'''}")
items = ["x", "y"]
print(f"{", ".join(items)}")
s = "text"
print(f"{s!r} {s!s} {s!a} {'ünï'!a} {'ünï'!r}")
print(f"{s=} {s = } {s=!s} {s=:>8}|")
n = 3.14159
print(f"{n=:.2f} {n*2=} {len(s)=}")
print(f"{n!r:>12}|{s!r:^10}|")
print(f"{'{'}{'}'}")
print(f"{{{s}}}")
print(f"{3:{'>'}{5}}")
print(f"{ s }")
print(f"{s:}")
val = None
print(f"{val!r} {val} {val=}")
print(f"{[x for x in range(3)]=}")
print(f"{(lambda: 'inline lambda')()}")
print(f"{1:{'0'}{'4'}d}")
nested = [[1, 2], [3, 4]]
print(f"{nested[1][0]:>4}{nested[0][1]:<4}|")
print(f"""{
    1 +
    2
}""")
width, fill = 10, "."
print(f"{'left':{fill}<{width}}|{'right':{fill}>{width}}|")
print(f"{'#'}" * 3, f"{'-' * 5}")
