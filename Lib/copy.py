"""Shallow and deep copies: copy(x), deepcopy(x[, memo]), honouring __copy__, __deepcopy__,
__getnewargs__, __getstate__/__setstate__, instance dicts and __slots__."""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']


class Error(Exception):
    pass


error = Error

def _is_atomic(x):
    t = type(x)
    if t in (type(None), int, float, bool, complex, str, bytes, range, slice,
             type(Ellipsis), type(NotImplemented), type(len)):
        return True
    if isinstance(x, type):
        return True
    fn = type(_is_atomic)
    return t is fn


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{c.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _own(cls, name):
    # A method the class defines itself (not object's default).
    for c in cls.__mro__:
        if c is object:
            return None
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def _get_state(x):
    getstate = _own(type(x), '__getstate__')
    if getstate is not None:
        return True, getstate(x)
    d = getattr(x, '__dict__', None) if not isinstance(x, type) else None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return False, (dict(d) if d else None, slots)


def _set_state(y, custom, state, deep, memo):
    if custom:
        if deep:
            state = deepcopy(state, memo)
        setstate = _own(type(y), '__setstate__')
        if setstate is not None:
            setstate(y, state)
        elif isinstance(state, dict):
            y.__dict__.update(state)
        return
    d, slots = state
    if d:
        if deep:
            d = deepcopy(d, memo)
        y.__dict__.update(d)
    for name, value in slots.items():
        object.__setattr__(y, name, deepcopy(value, memo) if deep else value)


def _new_like(x, items, deep, memo):
    cls = type(x)
    if isinstance(x, tuple):
        if hasattr(x, '__getnewargs__'):
            args = x.__getnewargs__()
            if deep:
                args = deepcopy(args, memo)
            return cls.__new__(cls, *args)
        return tuple.__new__(cls, [deepcopy(v, memo) for v in x] if deep else x)
    if isinstance(x, (frozenset,)):
        return cls.__new__(cls, [deepcopy(v, memo) for v in x] if deep else x)
    return cls.__new__(cls)


def _reconstruct(x, deep, memo):
    cls = type(x)
    if isinstance(x, (int, float, str, bytes)):
        y = cls.__new__(cls, x)
    else:
        y = _new_like(x, None, deep, memo)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        list.extend(y, [deepcopy(v, memo) for v in x] if deep else x)
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        set.update(y, [deepcopy(v, memo) for v in x] if deep else x)
    elif isinstance(x, bytearray):
        bytearray.extend(y, x)
    custom, state = _get_state(x)
    _set_state(y, custom, state, deep, memo)
    return y


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _own(cls, '__reduce_ex__') is not None or _own(cls, '__reduce__') is not None:
        return _from_reduce(x, False, None)
    return _reconstruct(x, False, None)


def _from_reduce(x, deep, memo):
    reducer = _own(type(x), '__reduce_ex__')
    rv = reducer(x, 4) if reducer is not None else type(x).__reduce__(x)
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy (shared and cyclic references)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for v in x:
            y.append(deepcopy(v, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for v in x:
            y.add(deepcopy(v, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(v, memo) for v in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif _own(cls, '__reduce_ex__') is not None or _own(cls, '__reduce__') is not None:
            y = _from_reduce(x, True, memo)
        else:
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def replace(obj, /, **changes):
    """A new object like obj with the given fields changed (via obj.__replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
