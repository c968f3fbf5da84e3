# uncaught exception without message
class Boom(Exception):
    pass
print("before")
raise Boom
