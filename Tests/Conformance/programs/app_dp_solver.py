"""Dynamic programming with memoization: edit distance, knapsack, longest increasing
subsequence, coin change, integer partitions, matrix-chain order and word break, with
functools.lru_cache/cache and itertools."""

import sys
from functools import lru_cache, cache, reduce, partial
from itertools import product, combinations, accumulate
from bisect import bisect_left
import operator

sys.setrecursionlimit(5000)


def edit_distance(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    result = d(len(a), len(b))
    info = d.cache_info()
    return result, info.misses


def alignment(a: str, b: str) -> tuple[str, str]:
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i, j in product(range(1, n + 1), range(1, m + 1)):
        cost = 0 if a[i - 1] == b[j - 1] else 1
        dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    top, bottom = [], []
    i, j = n, m
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            top.append(a[i - 1]); bottom.append(b[j - 1]); i -= 1; j -= 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            top.append(a[i - 1]); bottom.append("-"); i -= 1
        else:
            top.append("-"); bottom.append(b[j - 1]); j -= 1
    return "".join(reversed(top)), "".join(reversed(bottom))


def knapsack(items, capacity):
    @cache
    def best(k, cap):
        if k == len(items):
            return 0, ()
        name, weight, value = items[k]
        skip = best(k + 1, cap)
        if weight > cap:
            return skip
        v, chosen = best(k + 1, cap - weight)
        take = (v + value, (name,) + chosen)
        return max(skip, take)
    return best(0, capacity)


def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i]); i = prev[i]
    return out[::-1]


@lru_cache(maxsize=256)
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


def min_coins(amount, coins):
    inf = float("inf")
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        best[a] = min((best[a - c] + 1 for c in coins if c <= a), default=inf)
    return best[amount] if best[amount] != inf else -1


@cache
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))


def matrix_chain(dims):
    n = len(dims) - 1

    @lru_cache(maxsize=None)
    def cost(i, j):
        if i == j:
            return 0, f"A{i + 1}"
        options = []
        for k in range(i, j):
            lc, ls = cost(i, k)
            rc, rs = cost(k + 1, j)
            options.append((lc + rc + dims[i] * dims[k + 1] * dims[j + 1], f"({ls} {rs})"))
        return min(options)
    return cost(0, n - 1)


def word_break(text, words):
    words = frozenset(words)

    @lru_cache(maxsize=None)
    def split(i):
        if i == len(text):
            return [[]]
        out = []
        for j in range(i + 1, len(text) + 1):
            if text[i:j] in words:
                out.extend([text[i:j]] + rest for rest in split(j))
        return out
    return [" ".join(s) for s in split(0)]


def fib_table(n):
    return list(accumulate(range(n), lambda acc, _: (acc[1], acc[0] + acc[1]), initial=(0, 1)))


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    dist, calls = edit_distance(a, b)
    top, bottom = alignment(a, b)
    print(f"{a!r} -> {b!r}: {dist} ({calls} subproblems)  {top} / {bottom}")

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
value, chosen = knapsack(tuple(items), 200)
print("knapsack:", value, sorted(chosen))

seq = [3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9, 40, 11]
print("LIS:", lis(seq), len(lis(seq)))
print("coin ways 100:", coin_ways(100, (50, 25, 10, 5, 1)), coin_ways.cache_info().currsize <= 256)
print("min coins:", [min_coins(a, [1, 5, 10, 25]) for a in (0, 7, 30, 63, 99)], min_coins(3, [2]))
print("partitions:", [partitions(n) for n in range(1, 16)])
print("p(60) =", partitions(60))
print("matrix chain:", matrix_chain((40, 20, 30, 10, 30)), matrix_chain((10, 20, 30, 40, 30)))
print("word break:", word_break("catsanddog", ["cat", "cats", "and", "sand", "dog"]))
print("word break 2:", len(word_break("pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"])))
print("fib:", [a for a, _ in fib_table(15)])
subsets = [c for r in range(4) for c in combinations([3, 5, 7, 11], r) if sum(c) % 2 == 0]
print("even-sum subsets:", subsets)
dot = partial(reduce, operator.add)
print("dot:", dot(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print("cache info:", partitions.cache_info().hits > 0, coin_ways.cache_info().maxsize)
