# bool arithmetic and None
print(True + True, True - False, True * 7, True / 2, True // 1, -True)
print(True == 1, False == 0, True is True, bool(1) is True)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(str(True), repr(False), int(True), float(False))
print(sum([True, False, True, True]), max(True, 2))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]))
print(bool({}), bool(()), bool(None), bool(range(0)), bool(range(1)), bool(0j) if False else False)
print(True and "yes", False and "no", True or "x", None or 0 or "z")
print(not None, not 0, not "a")
print(True & True, True | False, True ^ False)
print({True: "t", 1: "one"}, {0: "zero", False: "f"})
print([1, 2, 3][True], "ab"[False])
print(None, repr(None), str(None), type(None).__name__)
print(None == None, None is None, None != 0, None == False)
def nothing():
    pass
print(nothing(), nothing() is None)
print(bool.__name__, True.__class__.__name__)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    nothing_value = None
    nothing_value()
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(True.real, True.numerator, (True).bit_length())
print(format(True), format(True, "d"), f"{False!r}", "%s %d" % (True, True))
print(sorted([True, False, 0, 1, -1]))
print(hash(True) == hash(1), 1 in {True}, 0.0 in {False})
