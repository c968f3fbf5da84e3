# custom exception classes
class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return "%s: %s" % (self.field, self.problem)

class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what

class Quiet(AppError):
    def __init__(self):
        pass

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age

for v in [5, -1, "x"]:
    try:
        print("ok", validate(v))
    except ValidationError as e:
        print("invalid ->", e, "|", e.args, "|", e.field, "|", repr(e))

try:
    raise NotFound("user 7")
except AppError as e:
    print(type(e).__name__, e, e.what, isinstance(e, Exception))

try:
    raise Quiet()
except AppError as e:
    print("Quiet:", repr(str(e)), e.args, repr(e))

try:
    raise WithRepr("data")
except WithRepr as e:
    print(str(e), repr(e))

class CodeError(Exception):
    def __init__(self, code, message="default message"):
        self.code = code
        super().__init__(message)
try:
    raise CodeError(404)
except CodeError as e:
    print(e.code, e, e.args)

try:
    raise AppError
except AppError as e:
    print("raised class, got instance:", type(e).__name__, e.args)
print(AppError.__doc__, issubclass(ValidationError, AppError), ValidationError.__mro__[2].__name__)
class Multi(KeyError, AppError):
    pass
try:
    raise Multi("k")
except LookupError as e:
    print("Multi caught as LookupError:", e, [c.__name__ for c in Multi.__mro__])
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    print("except clause with non-class is only checked when raising")
except TypeError as e:
    print("TypeError:", e)
