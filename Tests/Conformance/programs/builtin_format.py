# format() with specs
specs = ["", "10", "<10", ">10", "^10", "*^10", "+", "-", " ", "05", ",", "_", ".2f", "10.3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "x", "X", "#x", "o", "#o", "b", "#b", "c", "d"]
for spec in specs:
    row = []
    for v in [42, -7, 3.14159, 1234567.891, 0.000123]:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("ERR")
    print(repr(spec), row)
print(format("text", "<8") + "|", format("text", ">8") + "|", format("text", "^8") + "|", format("text", ".2"))
print(format(True, ""), format(True, "d"), format(None, ""), format([1, 2], ""))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(10, ".2s") 
except ValueError as e:
    print("ValueError:", e)
print(format(1e100, ".3"), format(1.0, ""), format(100.0, "g"), format(1e16, ""), format(1e-7, ""))
print(format(123456789, ",d"), format(-123456789, "_d"), format(0xDEADBEEF, "_x"), format(1234.5678, ",.2f"))
print(format(5, "=+8"), format(-5, "=8"), format(5, "0=8"), format(3.5, "=10.2f"))
print(format(float("inf"), "f"), format(float("-inf"), ".2e"), format(float("nan"), "g"), format(-0.0, ".1f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e22, "f"), format(2 ** 70, "e"), format(12345678901234567890, ".3e"))
print("{:>10}|{:<10}|{:^10}".format(1.5, -2, "mid"))
print("{:{}{}}".format("nested", ">", 12))
print("{:.{prec}f}".format(3.14159, prec=2))
