"""Text processing: generate prose from a synthetic vocabulary, then tokenize it, normalize
case and punctuation, and count words, bigrams and letters with dicts. Results are sorted
before they are summarized, so the checksum does not depend on hash order.

Usage: python text_proc.py [N]    (N = words of generated text; default 400000)
"""
# bench-sizes: tiny=15000 default=400000
import sys

SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vu", "sel", "dor", "qui", "an", "bo", "est",
             "fi", "gra", "hu", "jin", "ox", "pe", "ru", "zan"]


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        w = "".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3)))
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def generate(rng, vocab, nwords):
    lines = []
    line = []
    sentence_start = True
    for i in range(nwords):
        # Zipf-like skew: small indices are much more common.
        idx = rng.next(len(vocab))
        idx = idx * rng.next(len(vocab)) // len(vocab)
        w = vocab[idx]
        if sentence_start:
            w = w.capitalize()
            sentence_start = False
        r = rng.next(20)
        if r == 0:
            w += "."
            sentence_start = True
        elif r == 1:
            w += ","
        elif r == 2:
            w = '"' + w + '"'
        line.append(w)
        if len(line) >= 12 + rng.next(6):
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def analyze(text):
    counts = {}
    bigrams = {}
    letters = {}
    prev = None
    longest = ""
    for line in text.split("\n"):
        for raw in line.split():
            w = raw.strip('.,;:!?"').lower()
            if not w:
                continue
            counts[w] = counts.get(w, 0) + 1
            if prev is not None:
                key = (prev, w)
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
            if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
                longest = w
        for ch in line:
            if ch.isalpha():
                letters[ch] = letters.get(ch, 0) + 1
    return counts, bigrams, letters, longest


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    rng = LCG(7)
    vocab = make_vocabulary(rng, 400)
    text = generate(rng, vocab, n)
    counts, bigrams, letters, longest = analyze(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
    top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
    checksum = len(text) + len(counts) * 7 + len(bigrams) * 13
    for word, c in top:
        checksum = (checksum * 31 + c + sum(ord(ch) for ch in word)) % 1000000007
    for (a, b), c in top_bi:
        checksum = (checksum * 37 + c * len(a) + len(b)) % 1000000007
    for ch in sorted(letters):
        checksum = (checksum * 41 + letters[ch] * ord(ch)) % 1000000007
    caps = sum(1 for w in text.split() if w[:1].isupper() or w[1:2].isupper())
    checksum = (checksum + caps) % 1000000007
    print("words: %d distinct: %d bigrams: %d longest: %s" % (sum(counts.values()), len(counts), len(bigrams), longest))
    print("top: " + " ".join("%s=%d" % kv for kv in top[:5]))
    print("checksum:", checksum)


main()
