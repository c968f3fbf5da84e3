# f-strings basics
name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!")
print(F"n={n}")
print(f"{n + 1} {n * 2} {n ** 2}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{{literal braces}} {n}")
print(f"{'nested quotes'}")
print(f'{"double inside single"}')
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}|")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5d}|")
print(f"{n:05d} {n:+d} {-n:+d} {n: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{1e10:e} {12345.678:.3e} {0.00001234:g} {123456789.0:g}")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^7}|{'abc':*^9}|")
width = 8
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
x = 10
print(f"{x=}")
print(f"{x * 2 = }")
print(f"{name=!r}")
print(f"{pi=:.2f}")
print(f"{x if x > 5 else 0}")
print(f"{'yes' if x else 'no'}")
items = ['a', 'b']
print(f"{', '.join(items)}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda y: y * 3)(4)}")
print(f"""triple {name}
second line {n}""")
print(rf"raw \n {name}")
print(fr"raw \t {n}")
print(f"{n}" f"{name}" "plain")
