# A grid of format specs over ints, floats and strs: every combination must match CPython.
ints = [0, -1234, 2**40 + 3]
floats = [-0.0, 2.5, -1234567.891, 1e-5, 1e16, float('-inf')]
strs = ["", "a", "abc", "héllo", "日本"]
aligns = ["", "<", "^", "=", "*>", "0="]
signs = ["", "+", " "]
widths = ["", "1", "8", "12"]
groupings = ["", ",", "_"]
def fmt(v, spec):
    try:
        return format(v, spec)
    except (ValueError, TypeError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)

for t in ["d", "x", "b", "c", ""]:
    for v in ints:
        row = []
        for a in ["", "^", "*=", "0="]:
            for s in ["", "+"]:
                for alt in ["", "#"]:
                    for z in ["", "0"]:
                        for w in ["9"]:
                            for g in groupings:
                                row.append(fmt(v, a + s + alt + z + w + g + t))
        print(t, v, "|".join(row))
for t in ["f", "e", "g", ""]:
    for v in floats:
        row = []
        for a in ["", "<", "0="]:
            for s in ["", "+"]:
                for fl in ["", "#0"]:
                    for w in ["12"]:
                        for g in ["", ","]:
                            for p in ["", ".0", ".3"]:
                                row.append(fmt(v, a + s + fl + w + g + p + t))
        print(t, v, "|".join(row))
for t in ["%", "F", "E", "G", "n"]:
    for v in floats:
        print(t, v, "|".join(fmt(v, sp + t) for sp in ["", "+", "#", "010", ",", ".0", ".2", "_.1", "<10.3", "#.0"]))
for t in ["f", "e", "g", "%", "", "F", "E", "G", "n"]:
    for v in [3.0, 1.5e300, 123456.0]:
        print(t, v, [fmt(v, "z" + p + t) for p in ["", ".2", ".0"]], [fmt(-v, "z" + p + t) for p in ["", ".2"]])
for v in strs:
    row = []
    for a in aligns:
        for w in widths:
            for p in ["", ".0", ".2", ".5"]:
                row.append(fmt(v, a + w + p))
                row.append(fmt(v, a + w + p + "s"))
    print(repr(v), "|".join(row))
print([fmt(-0.00001, "z.2f"), fmt(-0.0, "z"), fmt(-0.0, "z+.1e"), fmt(-1e-10, "z.3g")])
print([fmt(1+2j, s) for s in ["", ".2f", "10", "<20.3e", "+", "g", ">20", "^15.1f"]], [fmt(-0.0-1j, s) for s in ["", "g"]], fmt(1j, ""), fmt(2j, ".1f"))
