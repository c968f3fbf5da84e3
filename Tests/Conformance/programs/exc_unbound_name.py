# NameError / UnboundLocalError wording
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
        print(isinstance(e, NameError))
    x = 1

x = "global"
f()

try:
    print(never_defined)
except NameError as e:
    print("NameError:", e, "|", e.name)

def g():
    return also_never_defined
try:
    g()
except NameError as e:
    print("NameError:", e)

def h(flag):
    if flag:
        y = "set"
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 5
    return inner()
print(outer())

def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class C:
    def m(self):
        return undefined_in_method
try:
    C().m()
except NameError as e:
    print("NameError:", e)
def loop_var():
    for i in []:
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    del not_a_name
except NameError as e:
    print("NameError:", e)
