from itertools import *
for n in range(5):
    for r in range(6):
        p = list(permutations(range(n), r)); c = list(combinations(range(n), r)); cw = list(combinations_with_replacement(range(n), r))
        print(n, r, len(p), p[:3], p[-2:], len(c), c[-1:] , len(cw), cw[-1:])
print(list(permutations('abc')), list(product('ab', 'cd', repeat=2))[:6], list(product([])), list(product([1], [])))
it = iter(range(10)); print(list(islice(it, 2, 5)), list(it))
it = iter(range(10)); print(list(islice(it, 3, 3)), next(it))
it = iter(range(10)); print(list(islice(it, 5, 2)), next(it))
it = iter(range(10)); print(list(islice(it, 4, None)), list(islice(range(5), None)), list(islice('abc', 0)))
it = iter(range(3)); print(list(islice(it, 1, 10)), list(it))
print(list(islice(count(5), 3)), list(islice(cycle([]), 3)), list(zip(count(), 'ab')))
