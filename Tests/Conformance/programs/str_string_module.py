import string
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 $x")
print(t.safe_substitute(who="tim", what="kung pao"), t.get_identifiers())
try:
    t.substitute(who="a", what="b")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
f = string.Formatter()
print(f.format("{0}-{name!r:>6}-{1[0]}", 5, [7], name="n"), list(f.parse("a{0!r:x}b{{c}}")))
print(f.format("{:{}}", "x", 4), f.vformat("{a.real}", (), {"a": 3}))
class U(string.Formatter):
    def format_field(self, v, spec): return "<" + super().format_field(v, spec) + ">"
print(U().format("{} {:>3}", 1, 2))
