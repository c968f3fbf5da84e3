# nested f-strings and advanced format specs
val = 255
spec = "08b"
print(f"{val:{spec}}")
print(f"{f'{val:x}':>6}")
print(f"{'{}'.format(val)}")
words = ["alpha", "beta", "gamma"]
print(f"{' | '.join(f'{w:^7}' for w in words)}")
print(f"{[f'{i}:{i*i}' for i in range(4)]}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{-0.0} {0.0:+} {-1.5:+.1f}")
print(f"{12:#06x} {12:#06b}")
print(f"{'x':<{3}}|")
print(f"{1e300 * 10} {float('nan')}")
print(f"{True} {None} {False:d}")
print(f"{3!r:>5}")
print(f"{'a'!r:>5}")
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n'] + 1}")
obj = [1, [2, [3]]]
print(f"{obj[1][1][0]}")
print(f"{'newline':^{len('newline') + 4}}")
fmt_width = 12
print(f"{'centered':=^{fmt_width}}")
print(f"{123.456:012.4f}")
print(f"{-42:08d}")
print(f"{-42:<8d}|")
print(f"{-42:=8d}|")
print(f"{1000000:,d} {-1000000:,d}")
print(f"{0.1 + 0.2}")
print(f"{1/3:.15f}")
print(f"{2**64}")
print(f"{'é':^5}|")
print(format(42, "x"), format(3.5, ".2f"), format("s", ">3"))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{:>5}|{:<5}|".format("r", "l"))
print("{0[1]} {1[k]}".format([9, 8], {"k": 7}))
print("{!r}".format("q"))
