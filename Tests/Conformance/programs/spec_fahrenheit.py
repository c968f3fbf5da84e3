# Specialization pattern: f - 32 (int constant) versus f - 32.0 on float inputs.
def to_celsius_int(f):
    return (f - 32) * 5 / 9


def to_celsius_float(f):
    return (f - 32.0) * 5.0 / 9.0


temps = [float(t) for t in range(-40, 212, 3)]
print(round(sum(to_celsius_int(t) for t in temps), 6))
print(round(sum(to_celsius_float(t) for t in temps), 6))
