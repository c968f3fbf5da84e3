# Formatting fast paths (small ints, width-1 strs) must agree with the general formatter.
for v in [0, 5, -5, 123456, -98765, 2**40, -2**40]:
    for spec in ["d", "5", "05", "05d", ">8", "<8d", "^9", "=9", "*>9", "*<9d", "*^10", "0=9", ">08", "x>05d", "010", "1", "0"]:
        print(repr(spec), repr(format(v, spec)), f"{v:{spec}}")
for v in ["", "a", "abc", "héllo"]:
    for spec in ["s", "5", ">8", "<8s", "^9", "*^10", "0", "05", "x>05", "3s", "0<5"]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print("VE", e)
print("%s/%d" % ("ab", 5), "%d%%" % 7, "%s" % "x", "%s" % 5, "%i|%s" % (-3, -4), "" % (), "a%%b" % ())
for fmt, a in [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", "x"), ("%", (1,)), ("%s", ()), ("%d", 2.5), ("%s", [1])]:
    try:
        print(fmt % a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
