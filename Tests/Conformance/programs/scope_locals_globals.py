# locals(), globals(), name resolution
module_var = "module"

def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())

print(show_locals(1))
print("module_var" in globals(), globals()["module_var"])
globals()["injected"] = 42
print(injected)

def uses_global():
    return module_var + "!"
print(uses_global())

def local_shadows():
    module_var = "local"
    return module_var
print(local_shadows(), module_var)

def unbound():
    try:
        print(module_var)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    module_var = "assigned later"
unbound()

def builtin_shadow():
    len = lambda x: "shadowed"
    return len([1, 2, 3])
print(builtin_shadow(), len([1, 2, 3]))

def loc_snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], locals()["x"]
print(loc_snapshot())

print(sorted(k for k in globals() if not k.startswith("__")))
print(__name__)

if True:
    block_var = "blocks do not create scopes"
print(block_var)
for loop_var in range(2):
    inner_loop = loop_var * 10
print(loop_var, inner_loop)
try:
    raise ValueError
except ValueError as exc:
    pass
print("exc" in globals())
