# Every public str/bytes/bytearray method called with assorted (often wrong) arguments: results or exception types must match CPython.
vals = [None, 0, -1, 2**63, -2**63, 2**100, 1.5, "", "a", "ab\u00e9\u65e5", b"", b"ab", (), ("a",), (b"a",), [], {}, {97: "x"}, bytearray(b"q")]
objs = ["Ab c\u00e9\u65e5", b"Ab c", bytearray(b"xy")]
names = sorted(set(n for o in objs for n in dir(type(o)) if not n.startswith("_")))
crash = 0
for o in objs:
    for n in names:
        m = getattr(o, n, None)
        if m is None or not callable(m): continue
        res = []
        for args in [()] + [(v,) for v in vals] + [(v, w) for v in vals[:6] for w in vals[:6]] + [(1, 2, 3)]:
            try:
                r = m(*args)
                res.append(repr(r)[:24])
            except Exception as e:
                res.append(type(e).__name__)
        print(type(o).__name__, n, "|".join(res))
