# try/except/else/finally in various orders
def t1(x):
    out = []
    try:
        out.append("try")
        if x:
            raise ValueError(x)
    except ValueError as e:
        out.append("except " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

print(t1(0))
print(t1("bad"))

def t2():
    out = []
    try:
        try:
            raise TypeError("inner")
        finally:
            out.append("inner finally")
    except TypeError as e:
        out.append("outer caught " + str(e))
    return out
print(t2())

def t3():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(t3())

def t4():
    try:
        return "try"
    finally:
        return "finally wins"
print(t4())

def t5():
    try:
        raise RuntimeError("swallowed")
    finally:
        return "finally return swallows exception"
print(t5())

def t6():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(t6())

def t7():
    out = []
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                break
        finally:
            out.append(i)
    return out
print(t7())

def t8(kind):
    try:
        if kind == 1:
            raise KeyError("k")
        if kind == 2:
            raise IndexError("i")
        if kind == 3:
            raise ZeroDivisionError("z")
        return "none"
    except KeyError:
        return "key"
    except (IndexError, ZeroDivisionError) as e:
        return "tuple " + type(e).__name__
print([t8(k) for k in range(4)])

def t9():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x in finally", x)
print(t9())

def t10():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        return "else return"
    finally:
        print("t10 finally")
print(t10())

def t11():
    try:
        raise ValueError
    except:
        return "bare except"
print(t11())

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)

def t12():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    try:
        e
    except NameError:
        print("e is unbound after except")
    return type(err).__name__
print(t12())
