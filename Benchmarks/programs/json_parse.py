"""A hand-written JSON parser and serializer run over a generated document.

The document (objects, arrays, strings with escapes, ints, decimals, true/false/null) is
generated deterministically, serialized to text, parsed back by a recursive-descent parser,
re-serialized (and checked to round-trip), and summarized into a checksum.

Usage: python json_parse.py [N]    (N = records in the document; default 17000)
"""
# bench-sizes: tiny=700 default=17000
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
         "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau"]


class Decimal2:
    """A number with two decimals, kept as an integer count of hundredths."""

    def __init__(self, hundredths):
        self.hundredths = hundredths


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % bound


def make_record(rng, i):
    name = WORDS[rng.next(len(WORDS))] + "-" + WORDS[rng.next(len(WORDS))]
    tags = [WORDS[rng.next(len(WORDS))] for _ in range(rng.next(5))]
    text = "line %d said \"hi\"\n\tand\\left" % i
    if rng.next(3) == 0:
        text += " caf\u00e9 \u2603"
    return {
        "id": i,
        "name": name,
        "tags": tags,
        "score": Decimal2(rng.next(100000) - 20000),
        "active": rng.next(2) == 1,
        "parent": None if i == 0 else rng.next(i),
        "nested": {"depth": rng.next(10), "values": [rng.next(1000) - 500 for _ in range(4)],
                   "note": text},
    }


HEX = "0123456789abcdef"


def dump_string(s, out):
    out.append('"')
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) > 126:
            o = ord(ch)
            out.append("\\u" + HEX[(o >> 12) & 15] + HEX[(o >> 8) & 15] + HEX[(o >> 4) & 15] + HEX[o & 15])
        else:
            out.append(ch)
    out.append('"')


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, Decimal2):
        h = value.hundredths
        sign = "-" if h < 0 else ""
        h = abs(h)
        out.append("%s%d.%02d" % (sign, h // 100, h % 100))
    elif isinstance(value, str):
        dump_string(value, out)
    elif isinstance(value, list):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(", ")
            first = False
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for k in value:
            if not first:
                out.append(", ")
            first = False
            dump_string(k, out)
            out.append(": ")
            dump(value[k], out)
        out.append("}")
    else:
        raise TypeError("cannot serialize")


def dumps(value):
    out = []
    dump(value, out)
    return "".join(out)


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        pos = self.pos
        n = len(text)
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        self.pos = pos

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise ParseError("trailing data at %d" % self.pos)
        return value

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "t" and self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == "f" and self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if ch == "n" and self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise ParseError("expected ':' at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected ',' or '}' at %d" % self.pos)

    def array(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected ',' or ']' at %d" % self.pos)

    def string(self):
        text = self.text
        if text[self.pos] != '"':
            raise ParseError("expected string at %d" % self.pos)
        pos = self.pos + 1
        chunks = []
        start = pos
        while True:
            ch = text[pos]
            if ch == '"':
                chunks.append(text[start:pos])
                self.pos = pos + 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:pos])
                esc = text[pos + 1]
                if esc == "n":
                    chunks.append("\n")
                elif esc == "t":
                    chunks.append("\t")
                elif esc == "u":
                    chunks.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 4
                else:
                    chunks.append(esc)
                pos += 2
                start = pos
            else:
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        while text[pos].isdigit():
            pos += 1
        if text[pos] == ".":
            pos += 1
            while text[pos].isdigit():
                pos += 1
            self.pos = pos
            whole, frac = text[start:pos].split(".")
            neg = whole.startswith("-")
            h = abs(int(whole)) * 100 + int(frac)
            return Decimal2(-h if neg else h)
        self.pos = pos
        return int(text[start:pos])


def summarize(value):
    if value is None:
        return 3
    if value is True:
        return 5
    if value is False:
        return 7
    if isinstance(value, int):
        return value % 1000003
    if isinstance(value, Decimal2):
        return (value.hundredths * 13) % 1000003
    if isinstance(value, str):
        h = len(value)
        for ch in value:
            h = (h * 33 + ord(ch)) % 1000003
        return h
    if isinstance(value, list):
        h = 11
        for item in value:
            h = (h * 17 + summarize(item)) % 1000003
        return h
    h = 19
    for k in sorted(value):
        h = (h * 23 + summarize(k) * 3 + summarize(value[k])) % 1000003
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 17000
    rng = LCG(12345)
    doc = {"version": 1, "records": [make_record(rng, i) for i in range(n)], "empty": {}, "none": []}
    text = dumps(doc)
    parsed = Parser(text).parse()
    again = dumps(parsed)
    if again != text:
        raise ParseError("round trip mismatch")
    active = sum(1 for r in parsed["records"] if r["active"])
    print("%d chars, %d records, %d active" % (len(text), len(parsed["records"]), active))
    print("checksum:", summarize(parsed) * 1000 + len(text) % 1000)


main()
