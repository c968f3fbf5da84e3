def f(a,
      b):
    x = (a +
         b)
    y = a.b \
        .c
    z = a.method(
        b,
    ).other
    return (x,
            y,
            z)
