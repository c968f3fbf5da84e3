# uncaught exception raised while handling another one
def load():
    try:
        return {}["settings"]
    except KeyError as e:
        raise RuntimeError("could not load settings") from e
print("loading")
load()
