counter = 0
def incr():
    global counter
    counter += 1
    return counter
def reset():
    global counter, other
    counter = 0
    other = 1
    del other
def local_del():
    x = 1
    del x
class K:
    global g
    g = 1
    h = g
