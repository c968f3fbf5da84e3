"""Text statistics over a small corpus: word frequencies, bigrams, sentence lengths,
vocabulary growth and a keyword index, using Counter, defaultdict, itertools and string."""

import string
from collections import Counter, defaultdict, OrderedDict, namedtuple
from itertools import groupby, islice, pairwise, chain, accumulate, combinations
from functools import reduce
import operator

CORPUS = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair. We had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way. In short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the throne
of England; there were a king with a large jaw and a queen with a fair face, on
the throne of France. In both countries it was clearer than crystal to the lords
of the State preserves of loaves and fishes, that things in general were settled
for ever!
"""

STOP = frozenset("a an and the of to in it was we on for with that its or were".split())
Sentence = namedtuple("Sentence", "index words chars")


def tokenize(text):
    table = str.maketrans({c: " " for c in string.punctuation if c not in "'-"})
    for raw in text.translate(table).split():
        word = raw.strip("'-").lower()
        if word:
            yield word


def sentences(text):
    buf = []
    for ch in text.replace("\n", " "):
        buf.append(ch)
        if ch in ".!?":
            s = "".join(buf).strip()
            if s:
                yield s
            buf = []
    rest = "".join(buf).strip()
    if rest:
        yield rest


words = list(tokenize(CORPUS))
freq = Counter(words)
content = Counter(w for w in words if w not in STOP)

print("tokens:", len(words), "types:", len(freq))
print("top 8:", freq.most_common(8))
print("top content words:", content.most_common(6))
print("hapax legomena:", sum(1 for w, c in freq.items() if c == 1))

bigrams = Counter(pairwise(words))
print("top bigrams:", [" ".join(b) + f"={n}" for b, n in bigrams.most_common(5)])

# Words grouped by first letter, sorted.
by_letter = OrderedDict()
for letter, group in groupby(sorted(set(words)), key=lambda w: w[0]):
    by_letter[letter] = list(group)
for letter in islice(by_letter, 6):
    print(f"{letter}: {', '.join(by_letter[letter][:5])}")

# Length distribution, as a histogram.
lengths = Counter(len(w) for w in words)
for n in sorted(lengths):
    print(f"{n:2d} {'#' * lengths[n]}")

# Sentence statistics.
sents = [Sentence(i, len(list(tokenize(s))), len(s)) for i, s in enumerate(sentences(CORPUS))]
print("sentences:", len(sents))
longest = max(sents, key=operator.attrgetter("words"))
print("longest sentence:", longest.index, longest.words, "words")
print("running word totals:", list(accumulate(s.words for s in sents)))

# Vocabulary growth: new types per 25 tokens.
seen = set()
growth = []
for i in range(0, len(words), 25):
    chunk = words[i:i + 25]
    new = [w for w in chunk if w not in seen]
    seen.update(chunk)
    growth.append(len(set(new)))
print("vocabulary growth:", growth)

# A keyword-in-context index for a few words.
index = defaultdict(list)
for pos, w in enumerate(words):
    index[w].append(pos)
for kw in ["times", "age", "king", "face"]:
    hits = index.get(kw, [])
    contexts = [" ".join(words[max(0, p - 2):p + 3]) for p in hits[:3]]
    print(f"{kw!r}: {len(hits)} hit(s); " + " | ".join(contexts))

# Co-occurrence of content words within the same sentence.
co = Counter()
for s in sentences(CORPUS):
    ws = sorted({w for w in tokenize(s) if w not in STOP})
    co.update(combinations(ws, 2))
print("co-occurring pairs:", [p for p, n in co.most_common(5) if n > 1])

# Letter frequencies, case-folded, letters only.
letters = Counter(ch for ch in CORPUS.lower() if ch in string.ascii_lowercase)
total = letters.total()
print("letters:", total, "most common:", "".join(ch for ch, _ in letters.most_common(10)))
print("vowel share: {:.2%}".format(sum(letters[v] for v in "aeiou") / total))
print("product of top-3 counts:", reduce(operator.mul, (n for _, n in letters.most_common(3))))
print("all-caps words:", sorted({w for w in CORPUS.split() if w.strip(string.punctuation).istitle()})[:8])
merged = content + Counter(chain.from_iterable(by_letter.values()))
print("merged top:", merged.most_common(3), "subtract:", (freq - content).most_common(3))
