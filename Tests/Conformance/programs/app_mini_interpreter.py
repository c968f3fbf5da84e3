"""A tiny expression language: tokenizer, Pratt parser building a dataclass AST, a tree-walking
evaluator with lexical scopes and closures, and error reporting with positions. Uses enum,
dataclasses, typing, functools, itertools, collections."""

from __future__ import annotations

import operator
from collections import ChainMap
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import reduce
from itertools import takewhile
from typing import Callable, Union


class Tok(Enum):
    NUM = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    LET = auto()
    IN = auto()
    FN = auto()
    ARROW = auto()
    IF = auto()
    THEN = auto()
    ELSE = auto()
    EOF = auto()


KEYWORDS = {"let": Tok.LET, "in": Tok.IN, "fn": Tok.FN, "if": Tok.IF, "then": Tok.THEN, "else": Tok.ELSE}


@dataclass(frozen=True)
class Token:
    kind: Tok
    text: str
    pos: int


class LangError(Exception):
    def __init__(self, message: str, pos: int):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


def tokenize(src: str) -> list[Token]:
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            digits = "".join(takewhile(lambda ch: ch.isdigit() or ch == ".", src[i:]))
            tokens.append(Token(Tok.NUM, digits, i))
            i += len(digits)
        elif c.isalpha() or c == "_":
            word = "".join(takewhile(lambda ch: ch.isalnum() or ch == "_", src[i:]))
            tokens.append(Token(KEYWORDS.get(word, Tok.NAME), word, i))
            i += len(word)
        elif src.startswith("=>", i):
            tokens.append(Token(Tok.ARROW, "=>", i))
            i += 2
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(Token(Tok.OP, src[i:i + 2], i))
            i += 2
        elif c in "+-*/%^<>=":
            tokens.append(Token(Tok.OP, c, i))
            i += 1
        elif c in "(),":
            kind = {"(": Tok.LPAREN, ")": Tok.RPAREN, ",": Tok.COMMA}[c]
            tokens.append(Token(kind, c, i))
            i += 1
        else:
            raise LangError(f"unexpected character {c!r}", i)
    tokens.append(Token(Tok.EOF, "", len(src)))
    return tokens


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str
    pos: int


@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass
class Neg:
    operand: "Expr"


@dataclass
class Let:
    name: str
    value: "Expr"
    body: "Expr"


@dataclass
class Lambda:
    params: list[str]
    body: "Expr"


@dataclass
class Call:
    func: "Expr"
    args: list["Expr"] = field(default_factory=list)
    pos: int = 0


@dataclass
class If:
    cond: "Expr"
    then: "Expr"
    other: "Expr"


Expr = Union[Num, Var, BinOp, Neg, Let, Lambda, Call, If]

BINDING = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3,
           "*": 4, "/": 4, "%": 4, "^": 6}
RIGHT_ASSOC = {"^"}


class Parser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.i = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def next(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, kind: Tok) -> Token:
        tok = self.next()
        if tok.kind is not kind:
            raise LangError(f"expected {kind.name}, got {tok.kind.name} {tok.text!r}", tok.pos)
        return tok

    def parse(self) -> Expr:
        e = self.expr(0)
        self.expect(Tok.EOF)
        return e

    def expr(self, min_bp: int) -> Expr:
        left = self.prefix()
        while True:
            tok = self.peek()
            if tok.kind is Tok.LPAREN:
                self.next()
                args = []
                if self.peek().kind is not Tok.RPAREN:
                    args.append(self.expr(0))
                    while self.peek().kind is Tok.COMMA:
                        self.next()
                        args.append(self.expr(0))
                self.expect(Tok.RPAREN)
                left = Call(left, args, tok.pos)
                continue
            if tok.kind is not Tok.OP or BINDING[tok.text] < min_bp:
                return left
            self.next()
            bp = BINDING[tok.text]
            right = self.expr(bp if tok.text in RIGHT_ASSOC else bp + 1)
            left = BinOp(tok.text, left, right)

    def prefix(self) -> Expr:
        tok = self.next()
        if tok.kind is Tok.NUM:
            return Num(float(tok.text))
        if tok.kind is Tok.NAME:
            return Var(tok.text, tok.pos)
        if tok.kind is Tok.OP and tok.text == "-":
            return Neg(self.expr(5))
        if tok.kind is Tok.LPAREN:
            e = self.expr(0)
            self.expect(Tok.RPAREN)
            return e
        if tok.kind is Tok.LET:
            name = self.expect(Tok.NAME).text
            eq = self.next()
            if eq.text != "=":
                raise LangError("expected '='", eq.pos)
            value = self.expr(0)
            self.expect(Tok.IN)
            return Let(name, value, self.expr(0))
        if tok.kind is Tok.FN:
            self.expect(Tok.LPAREN)
            params = []
            if self.peek().kind is Tok.NAME:
                params.append(self.next().text)
                while self.peek().kind is Tok.COMMA:
                    self.next()
                    params.append(self.expect(Tok.NAME).text)
            self.expect(Tok.RPAREN)
            self.expect(Tok.ARROW)
            return Lambda(params, self.expr(0))
        if tok.kind is Tok.IF:
            cond = self.expr(0)
            self.expect(Tok.THEN)
            then = self.expr(0)
            self.expect(Tok.ELSE)
            return If(cond, then, self.expr(0))
        raise LangError(f"unexpected {tok.kind.name} {tok.text!r}", tok.pos)


@dataclass
class Closure:
    params: list[str]
    body: Expr
    env: ChainMap

    def __repr__(self):
        return f"<fn({', '.join(self.params)})>"


OPS: dict[str, Callable] = {"+": operator.add, "-": operator.sub, "*": operator.mul,
                            "/": operator.truediv, "%": operator.mod, "^": operator.pow,
                            "<": operator.lt, ">": operator.gt, "<=": operator.le,
                            ">=": operator.ge, "==": operator.eq, "!=": operator.ne}


class Evaluator:
    def __init__(self):
        self.calls = 0
        self.globals = ChainMap({
            "pi": 3.141592653589793,
            "max": lambda *xs: max(xs),
            "min": lambda *xs: min(xs),
            "sum": lambda *xs: reduce(operator.add, xs, 0.0),
        })

    def eval(self, e: Expr, env: ChainMap):
        match_type = type(e).__name__
        if match_type == "Num":
            return e.value
        if match_type == "Var":
            try:
                return env[e.name]
            except KeyError:
                raise LangError(f"undefined name {e.name!r}", e.pos) from None
        if match_type == "Neg":
            return -self.eval(e.operand, env)
        if match_type == "BinOp":
            a, b = self.eval(e.left, env), self.eval(e.right, env)
            try:
                r = OPS[e.op](a, b)
            except ZeroDivisionError:
                raise LangError("division by zero", 0) from None
            return float(r) if isinstance(r, bool) else r
        if match_type == "Let":
            value = self.eval(e.value, env)
            return self.eval(e.body, env.new_child({e.name: value}))
        if match_type == "Lambda":
            return Closure(e.params, e.body, env)
        if match_type == "If":
            return self.eval(e.then if self.eval(e.cond, env) else e.other, env)
        if match_type == "Call":
            f = self.eval(e.func, env)
            args = [self.eval(a, env) for a in e.args]
            self.calls += 1
            if isinstance(f, Closure):
                if len(args) != len(f.params):
                    raise LangError(f"expected {len(f.params)} argument(s), got {len(args)}", e.pos)
                frame = f.env.new_child(dict(zip(f.params, args)))
                frame["self"] = f
                return self.eval(f.body, frame)
            if callable(f):
                return f(*args)
            raise LangError(f"{f!r} is not callable", e.pos)
        raise TypeError(f"unknown node {e!r}")


PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3 - 4 / 8",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "let x = 5 in x * x + 1",
    "let sq = fn(n) => n * n in sq(7) + sq(2)",
    "let fact = fn(n) => if n <= 1 then 1 else n * self(n - 1) in fact(10)",
    "let fib = fn(n) => if n < 2 then n else self(n - 1) + self(n - 2) in fib(12)",
    "let add = fn(a) => fn(b) => a + b in let inc = add(1) in inc(41)",
    "max(3, 9, 4) + min(2, 8) + sum(1, 2, 3)",
    "let compose = fn(f, g) => fn(x) => f(g(x)) in compose(fn(x) => x * 2, fn(x) => x + 3)(4)",
    "10 % 4 + (7 == 7) + (3 != 3)",
    "pi * 2",
    "1 / 0",
    "let y = 2 in z + y",
    "(1 + 2",
    "3 $ 4",
    "let f = fn(a, b) => a in f(1)",
    "4(2)",
    "fn(x) => x",
]

ev = Evaluator()
for src in PROGRAMS:
    try:
        ast = Parser(tokenize(src)).parse()
        result = ev.eval(ast, ev.globals)
        if isinstance(result, float) and result.is_integer():
            result = int(result)
        print(f"{src:<75} => {result!r}")
    except LangError as err:
        print(f"{src:<75} !! {err}")
print("calls:", ev.calls)
print(Parser(tokenize("let a = 1 in a + 2 * b")).parse())
