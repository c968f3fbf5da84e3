# a JSON-like pretty printer and serializer written by hand
def dumps(obj, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 32 or ord(ch) > 126:
                out += "\\u%04x" % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [inner + dumps(v, indent + step, step) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [inner + dumps(str(k)) + ": " + dumps(v, indent + step, step) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot serialize %s" % type(obj).__name__)

doc = {
    "name": "Quicken",
    "version": [0, 1, 0],
    "stable": False,
    "ratio": 0.75,
    "notes": None,
    "tags": ["fast", "swift", "é"],
    "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\n', 1: "int key"},
}
print(dumps(doc))
print(dumps([1, [2, [3, []]]], step=1))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
