# __cause__, __context__, bare raise
def level3():
    raise KeyError("deep")

def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e

def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")

try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append("%s(%s)" % (type(cur).__name__, cur))
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
    print(e.__cause__, type(e.__context__).__name__, e.__context__.__cause__.args)

def reraise():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got:", e)

def reraise_in_nested_handler():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise
try:
    reraise_in_nested_handler()
except Exception as e:
    print("bare raise re-raises current:", repr(e))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def ctx_preserved():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            return b.__context__ is a
print(ctx_preserved())

def finally_ctx():
    try:
        try:
            raise ValueError("in try")
        finally:
            raise KeyError("in finally")
    except KeyError as e:
        return repr(e.__context__)
print(finally_ctx())

e1 = ValueError("v")
e2 = TypeError("t")
try:
    try:
        raise e1
    except ValueError:
        raise e2
except TypeError as got:
    print(got is e2, got.__context__ is e1)
try:
    raise ValueError("with tb")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
err = ValueError("keep")
try:
    raise err
except ValueError:
    pass
try:
    raise err
except ValueError as again:
    print(again is err)
def with_notes():
    try:
        raise ValueError("noted")
    except ValueError as e:
        e.add_note("extra context")
        return e.__notes__
print(with_notes())
