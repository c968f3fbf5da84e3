def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad input: " + text) from e


items = ["1", "2", "x"]
print([parse(t) * 2 for t in items])
