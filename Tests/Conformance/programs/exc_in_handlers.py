# handler matching details
def kinds(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-tuple:" + type(e).__name__
    except ArithmeticError:
        return "arith"
    except BaseException as e:
        return "base:" + type(e).__name__

print(kinds(KeyError()), kinds(IndexError()), kinds(OverflowError()), kinds(SystemExit()))
handlers = (ValueError, TypeError)
try:
    int("q")
except handlers as e:
    print("tuple variable as handler:", type(e).__name__)

def first_match():
    try:
        raise KeyError("k")
    except Exception:
        return "Exception matched first"
    except KeyError:
        return "never"
print(first_match())

def nested_same_name():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise TypeError("inner")
        except TypeError as e2:
            pass
        return str(e)
print(nested_same_name())

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError
        break
    except ValueError:
        continue
print("retries", count)

errors = []
for val in ["1", "x", "3", None, "5"]:
    try:
        errors.append(int(val))
    except ValueError:
        errors.append("VE")
    except TypeError:
        errors.append("TE")
print(errors)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
except ValueError as e:
    print("propagated through non-matching handler:", e)
def exc_var_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(exc_var_cleared())
import sys
def current():
    try:
        raise KeyError("now")
    except KeyError:
        return repr(sys.exc_info()[1]), sys.exception() is not None
print(current(), sys.exc_info() == (None, None, None))
