import json
from collections import OrderedDict
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "ratio": 1e-7, "big": 10**20,
        "nested": {"x": [1, 2, {"y": []}], "z": {}}, "unicode": "héllo ☃ 😀", "esc": "tab\there \"q\" \\ \n\x01\x7f"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, 2.5, float("inf"), float("-inf")]), json.dumps(float("nan")))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps("plain"), json.dumps([]), json.dumps({}, indent=4), json.dumps([[]], indent=1))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(',', ':')))
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"P": o.x}))
for bad in [lambda: json.dumps(P(1)), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps(set())]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps({(1,): 2, "k": 1}, skipkeys=True))
text = json.dumps(data)
back = json.loads(text)
print(back == data, back["unicode"], type(back["big"]), back["ratio"])
print(json.loads('  [1, -2, 3.5e2, -0.25, 1E+2, "\\u00e9\\ud83d\\ude00", true, false, null, {"a": {}}]  '))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\/\\b\\f\\n\\r\\t"'), json.loads("NaN") != json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1, 2]', parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"t": 1}', object_hook=lambda d: sorted(d)))
print(json.loads(b'{"bytes": [1]}'))
bad_docs = ['', '   ', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{1: 2}', '"abc', '[1] x', 'tru', '{"a": }', '"a\\qb"', '"\x01"', '[1 2]', '\n\n  {"a":\n  x}', '-', '01', '"\\u12"']
for doc in bad_docs:
    try:
        json.loads(doc)
        print("parsed", repr(doc))
    except json.JSONDecodeError as e:
        print(f"{doc!r}: {e} | {e.msg} {e.lineno} {e.colno} {e.pos}")
try: json.loads(5)
except TypeError as e: print(e)
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"from": "file"}')))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
