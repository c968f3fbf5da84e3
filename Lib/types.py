"""Names for the runtime's types, SimpleNamespace, and the `X | Y` union type."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'GeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'ModuleType', 'NoneType', 'EllipsisType', 'NotImplementedType', 'UnionType',
           'GenericAlias', 'new_class', 'resolve_bases', 'prepare_class', 'get_original_bases']


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__) if hasattr(_f, '__code__') else None
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__) if type(type.__dict__) is not dict else dict
del _f, _g, _C


class SimpleNamespace:
    """An attribute bag: SimpleNamespace(a=1) has .a, a readable repr and equality."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'{"namespace" if type(self) is SimpleNamespace else type(self).__name__}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def _type_repr(obj):
    if obj is None or obj is NoneType:
        return 'None'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, (list, tuple)) and not hasattr(obj, '__origin__'):
        return '[' + ', '.join(_type_repr(x) for x in obj) + ']'
    return repr(obj)


class GenericAlias:
    """list[int] and friends: the origin class parameterized by arguments."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    @property
    def __parameters__(self):
        return tuple(a for a in self.__args__ if hasattr(a, '__typing_subst__'))

    def __repr__(self):
        if not self.__args__:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """The result of `X | Y` on classes: usable with isinstance and issubclass."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)

    @property
    def __parameters__(self):
        return ()


def _union_or(a, b):
    """a | b for classes, None, unions and generic aliases."""
    for x in (a, b):
        if not (x is None or isinstance(x, (type, UnionType, GenericAlias))
                or hasattr(x, '__origin__') or hasattr(x, '__typing_subst__')):
            return NotImplemented
    typing = sys.modules.get('typing')
    if typing is not None and any(isinstance(x, typing._TypingBase) for x in (a, b)):
        return typing.Union[a, b]
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (NoneType if x is None else x,)
        for p in parts:
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


UnionType.__module__ = 'types'
UnionType.__qualname__ = UnionType.__name__ = 'UnionType'


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by the classes they stand for."""
    new_bases = []
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            new_bases.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases.extend(entries)
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        for b in bases:
            if isinstance(b, meta.__class__) or issubclass(type(b), meta):
                meta = type(b)
    ns = meta.__prepare__(name, bases, **kwds) if hasattr(meta, '__prepare__') else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases and tuple(resolved) != tuple(bases):
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)
