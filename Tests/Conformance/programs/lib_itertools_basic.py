import itertools as it
from itertools import *
print(list(islice(count(), 5)), repr(count(3)), repr(count(1, 2)), repr(count(0.5, 0.25)))
c = count(10); next(c); print(c)
print(list(islice(cycle('ab'), 5)), list(repeat(1, 3)), repr(repeat('x', 2)), repr(repeat(1)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(batched('abcdefg', 3)))
print(list(compress('abcdef', [1, 0, 1, 1, 0, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise('abcd')), list(pairwise('a')))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
i = iter(range(10)); print(list(islice(i, 0, 5, 3)), next(i))
i = iter(range(10)); print(list(islice(i, 3)), next(i))
print(list(zip_longest('abc', 'x', fillvalue='-')), list(zip_longest()))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = groupby('aabbc'); k1, g1 = next(gs); k2, g2 = next(gs); print(k1, list(g1), k2, list(g2))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee('xyz', 3); print(next(a), list(b), list(a), list(c))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))), list(permutations([])))
print(list(combinations('abcd', 2)), list(combinations(range(3), 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)))
for bad in [lambda: islice('a', -1), lambda: islice('a', 1, 2, 0), lambda: islice('a', 'x'), lambda: permutations('a', -1),
            lambda: combinations('a', -1), lambda: product('a', repeat=-1), lambda: tee('a', -1), lambda: batched('a', 0),
            lambda: combinations('a', 1.5), lambda: permutations('a', 1.5), lambda: zip_longest(1), lambda: list(chain(1)),
            lambda: islice(1, 2), lambda: repeat(1, 1.5), lambda: count('a'), lambda: list(batched('abc', 2, strict=True)), lambda: islice('a'),
            lambda: cycle(5), lambda: list(starmap(pow, [1]))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
