# finally blocks run before an uncaught exception terminates the program
def work():
    try:
        print("working")
        raise TypeError("bad type in work")
    finally:
        print("cleanup in finally")
try:
    work()
finally:
    print("outer finally")
