def f(x):
    try:
        x()
    finally:
        print("cleanup")
def g(x):
    try:
        return x()
    finally:
        x.close()
def h(x):
    for i in x:
        try:
            if i:
                break
            continue
        finally:
            print(i)
