# string building
rows = []
for i in range(1, 6):
    rows.append(" ".join(str(i * j).rjust(3) for j in range(1, 6)))
print("\n".join(rows))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
parts = []
for i in range(10):
    parts.append(("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i))
print(",".join(parts))
def box(lines):
    width = max(len(l) for l in lines)
    top = "+" + "-" * (width + 2) + "+"
    body = ["| " + l.ljust(width) + " |" for l in lines]
    return "\n".join([top] + body + [top])
print(box(["hello", "wide world", "!"]))
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
tri = "\n".join(("*" * (2 * i + 1)).center(9) for i in range(5))
print(tri)
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("melon", 12, 2.25)]
for r in table:
    print("%-8s|%5s|%8s" % r)
print("{:-^30}".format(" report "))
acc = []
acc += "ab"
acc += ["cd"]
print(acc, "".join(acc))
print("-".join(str(n) for n in range(5)) + "!" * 3)
