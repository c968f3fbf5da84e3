a = {}
b = {"x": 1, "y": 2}
c = {1: "a"}
d = {**b, "z": 3}
e = {"a": 1, **b, **c}
def f(k, v):
    return {k: v, "const": 1}
