# text wrapping and justification
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
def wrap(text, width):
    lines, cur = [], []
    length = 0
    for word in text.split():
        if cur and length + 1 + len(word) > width:
            lines.append(cur)
            cur, length = [], 0
        if cur:
            length += 1
        cur.append(word)
        length += len(word)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in (30, 45):
    print("=" * width)
    lines = wrap(TEXT, width)
    for line in lines[:-1]:
        print(justify(line, width) + "|")
    print(" ".join(lines[-1]).ljust(width) + "|")
for line in wrap(TEXT, 40):
    print(" ".join(line).center(40, "."))
words = TEXT.replace(".", "").replace(",", "").replace("!", "").lower().split()
print(len(words), len(set(words)), sorted(set(words), key=lambda w: (-len(w), w))[:5])
print(sorted(set("".join(words))) == sorted(set("abcdefghijklmnopqrstuvwxyz")))
