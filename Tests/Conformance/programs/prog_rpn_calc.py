# reverse polish notation calculator with error handling
class CalcError(Exception):
    pass
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise CalcError("stack underflow at %r" % tok)
            b = stack.pop()
            a = stack.pop()
            try:
                stack.append(OPS[tok](a, b))
            except ZeroDivisionError as e:
                raise CalcError("division by zero in %r" % tok) from e
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise CalcError("bad token %r" % tok) from None
    if len(stack) != 1:
        raise CalcError("leftover stack %r" % (stack,))
    return stack[0]
tests = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "7 2 /", "7 2 //", "-7 2 %", "1.5 2 *",
         "2 dup *", "1 2 swap -", "1 +", "1 2", "4 0 /", "2 x +", "10 3 % 2 ^ 0.5 ^"]
for t in tests:
    try:
        print("%-22s -> %r" % (t, rpn(t)))
    except CalcError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else "-"
        print("%-22s !! %s (cause: %s)" % (t, e, cause))
