"""Iterator building blocks with CPython's itertools semantics (laziness, consumption order,
argument checks and error messages)."""

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_MAXSIZE = 9223372036854775807


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')
                    or hasattr(t, '__complex__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {self._step!r})'


class repeat:
    """repeat(object[, times]): object, times times (or forever)."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            times = max(times, 0)
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._left})'


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        yield from saved


def cycle(iterable):
    """cycle(p): p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _chain(iterables):
    for it in iterables:
        yield from it


def chain(*iterables):
    """chain(p, q, ...): the elements of p, then of q, ..."""
    return _chain(iterables)


def _from_iterable(iterable):
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def _add(a, b):
    return a + b


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    """accumulate(p[, func]): p0, func(p0, p1), func(func(p0, p1), p2), ..."""
    return _accumulate(iter(iterable), _add if func is None else func, initial)


def _batched(it, n, strict):
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == n:
                break
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)


def batched(iterable, n, *, strict=False):
    """batched(p, n): tuples of n consecutive elements (the last may be shorter)."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n, strict)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """compress(data, selectors): the data elements whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(pred, it):
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable):
    """dropwhile(pred, seq): seq[n], seq[n+1], ... starting when pred fails."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def takewhile(predicate, iterable):
    """takewhile(pred, seq): seq[0], seq[1], ... until pred fails."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(pred, it):
    if pred is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not pred(x):
                yield x


def filterfalse(predicate, iterable):
    """filterfalse(pred, seq): the elements of seq for which pred is false."""
    return _filterfalse(predicate, iter(iterable))


def _starmap(func, it):
    for args in it:
        yield func(*args)


def starmap(function, iterable):
    """starmap(fun, seq): fun(*seq[0]), fun(*seq[1]), ..."""
    return _starmap(function, iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """pairwise(s): (s[0], s[1]), (s[1], s[2]), ..."""
    return _pairwise(iter(iterable))


def _islice_run(it, start, stop):
    # step 1: skip start elements, then take up to stop - start (zip stops before reading more).
    for _ in zip(range(start), it):
        pass
    if stop is None:
        yield from it
    else:
        for _, item in zip(range(stop - start), it):
            yield item


def _islice(it, start, stop, step):
    # Consumes exactly what CPython's islice consumes: after each yielded element the next
    # target index is clamped to stop, and the skipped elements up to it are read.
    seen = 0
    target = start
    while True:
        while seen < target:
            try:
                next(it)
            except StopIteration:
                return
            seen += 1
        if stop is not None and seen >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        seen += 1
        yield item
        target += step
        if stop is not None and target > stop:
            target = stop


def _slice_index(v, message):
    if v is None:
        return None
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = type(v).__index__(v)
        else:
            raise ValueError(message)
    if not 0 <= v <= _MAXSIZE:
        raise ValueError(message)
    return v


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if len(args) == 1:
        start, stop, step = None, args[0], None
        stop = _slice_index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
        message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = _slice_index(start, message)
        stop = _slice_index(stop, message)
    if step is not None:
        try:
            step = _slice_index(step, '')
        except ValueError:
            step = 0
        if step is not None and step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
    start = start or 0
    if not step or step == 1:
        return _islice_run(iter(iterable), start, stop if stop is None or stop >= start else start)
    return _islice(iter(iterable), start, stop, step)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(p, q, ...): tuples padded with fillvalue to the longest input."""
    return _zip_longest([iter(x) for x in iterables], fillvalue)


class groupby:
    """groupby(iterable, key=None): (key, group) for runs of equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._started = False
        self._exhausted = False
        self._current = None    # key of the element in _value
        self._value = None
        self._group = None      # identity token of the live group

    def __iter__(self):
        return self

    def _advance(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._exhausted = True
            raise
        self._value = value
        self._current = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._group = None
        if not self._started:
            self._started = True
            self._advance()
        elif self._exhausted:
            raise StopIteration
        else:
            # Skip the rest of the previous group.
            key = self._target
            while self._current == key:
                self._advance()
        self._target = self._current
        token = self._group = object()
        return self._target, self._grouper(self._target, token)

    def _grouper(self, key, token):
        while self._group is token and not self._exhausted and self._current == key:
            yield self._value
            if self._group is not token:
                return
            try:
                self._advance()
            except StopIteration:
                return


class _TeeState:
    __slots__ = ('it',)


class _tee:
    """One of the independent iterators returned by tee()."""

    __slots__ = ('_state', '_link')

    def __init__(self, state, link):
        self._state = state
        self._link = link   # [value, next link or None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            nxt = [next(self._state.it), None]
            link[1] = nxt
        self._link = nxt
        return nxt[0]

    def __copy__(self):
        return _tee(self._state, self._link)


def tee(iterable, n=2):
    """tee(it, n=2): n independent iterators over it."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        state = _TeeState()
        state.it = iter(iterable)
        first = _tee(state, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def _repeat_arg(r, name='r', message=None):
    if not isinstance(r, int):
        raise TypeError(message or f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError(f'{name} must be non-negative')
    return r


def _product(pools):
    if any(not p for p in pools):
        return
    n = len(pools)
    idx = [0] * n
    current = [p[0] for p in pools]
    yield tuple(current)
    while True:
        # Advance the rightmost position that can move; reset the ones after it.
        i = n - 1
        while i >= 0:
            k = idx[i] + 1
            if k < len(pools[i]):
                idx[i] = k
                current[i] = pools[i][k]
                break
            idx[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def product(*iterables, repeat=1):
    """product(p, q, ... [repeat=1]): the cartesian product, as nested for-loops."""
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(x) for x in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    # Lexicographic order of positions: cycles[i] counts the choices left for position i.
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[k] for k in indices[:r]])
    if not n:
        return
    while True:
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
                i -= 1
                continue
            cycles[i] = c
            indices[i], indices[-c] = indices[-c], indices[i]
            yield tuple([pool[k] for k in indices[:r]])
            break
        if i < 0:
            return


def permutations(iterable, r=None):
    """permutations(p[, r]): r-length tuples of distinct positions, in lexicographic order."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _repeat_arg(r, message='Expected int as r')
    return _permutations(pool, r)


def _combinations(pool, r, repeat):
    n = len(pool)
    if (not repeat and r > n) or (repeat and n == 0 and r > 0):
        return
    idx = [0] * r if repeat else list(range(r))
    yield tuple([pool[k] for k in idx])
    while True:
        i = r - 1
        if repeat:
            while i >= 0 and idx[i] == n - 1:
                i -= 1
        else:
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
        if i < 0:
            return
        if repeat:
            idx[i:] = [idx[i] + 1] * (r - i)
        else:
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
        yield tuple([pool[k] for k in idx])


def combinations(iterable, r):
    """combinations(p, r): r-length tuples in sorted position order, no repeats."""
    return _combinations(tuple(iterable), _repeat_arg(r), False)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(p, r): r-length tuples, elements may repeat."""
    return _combinations(tuple(iterable), _repeat_arg(r), True)
