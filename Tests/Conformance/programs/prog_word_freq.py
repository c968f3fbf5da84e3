# word frequency count with sorted output
text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""
def words(s):
    cleaned = []
    for ch in s.lower():
        cleaned.append(ch if ch.isalpha() or ch.isspace() else " ")
    return "".join(cleaned).split()

counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1

print("distinct words:", len(counts), "total:", sum(counts.values()))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print("%-12s %3d %s" % (word, n, "*" * n))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(" ".join(sorted(w for w in counts if counts[w] == 1)))
