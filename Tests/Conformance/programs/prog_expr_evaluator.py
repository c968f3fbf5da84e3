# recursive-descent arithmetic evaluator
class ParseError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/()%^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError("unexpected character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens

class Parser:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expect(self, op):
        tok = self.take()
        if tok != ("op", op):
            raise ParseError("expected %r, got %r" % (op, tok[1]))
    def parse(self):
        value = self.expr()
        if self.peek()[0] != "end":
            raise ParseError("trailing input: %r" % (self.peek()[1],))
        return value
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError("unexpected token %r" % (val,))

exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 3 + 7",
         "1.5 * 4", "((((7))))", "2 * (3 + 4) * 5 - 6 / 3", "-(-(-3))", "100 - 99 - 1",
         "1 +", "2 * (3", "4 $ 4", "1 / 0", "3 3"]
for e in exprs:
    try:
        print("%-25s = %r" % (e, Parser(e).parse()))
    except ParseError as err:
        print("%-25s ! ParseError: %s" % (e, err))
    except ZeroDivisionError as err:
        print("%-25s ! ZeroDivisionError: %s" % (e, err))
