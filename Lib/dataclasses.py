"""@dataclass: classes whose __init__, __repr__, __eq__, ordering, __hash__, __match_args__,
frozen-ness and __slots__ are generated from their annotated fields, as CPython does it
(the generated methods are compiled from source, so signatures and error messages match)."""

import copy as _copy
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return 'MISSING'


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


MISSING = _MissingType()
_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class _KwOnlyType:
    __slots__ = ()

    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()

_FIELD = 'FIELD'
_FIELD_CLASSVAR = 'CLASSVAR'
_FIELD_INITVAR = 'INITVAR'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Annotation for an __init__-only pseudo-field passed on to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', 'doc', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},doc={self.doc!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return ('_DataclassParams(' + ','.join(f'{k}={getattr(self, k)!r}' for k in self.__slots__) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Describe one dataclass field (default or default_factory, and what it takes part in)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith(('ClassVar', 'typing.ClassVar', 't.ClassVar'))
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith(('InitVar', 'dataclasses.InitVar'))
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    if isinstance(tp, str):
        return tp in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return tp is KW_ONLY


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


def _compile(name, args, body, globals_, cls, return_ann=None):
    """Build a method from source so its signature (and TypeErrors) are real."""
    text = f"def {name}({', '.join(args)}):\n" + ''.join(f'    {line}\n' for line in body or ['pass'])
    ns = {}
    exec(text, globals_, ns)
    fn = ns[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})'
    return f'self.{name} = {value}'


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, globals_, slots):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument '
                                f'{seen_default.name!r}')
    locals_ = {'__dataclass_builtins_object__': object, 'MISSING': MISSING,
               '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY}
    body = []
    for f in fields:
        locals_[f'__dataclass_type_{f.name}__'] = f.type
        if f.default_factory is not MISSING:
            locals_[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_dflt_{f.name}__() if {f.name} is '
                         f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
            else:
                value = f'__dataclass_dflt_{f.name}__()'
        elif f.init:
            if f.default is not MISSING:
                locals_[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            locals_[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        body.append(_field_assign(frozen, f.name, value))
    if has_post_init:
        params = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'self.{_POST_INIT_NAME}({params})')

    def param(f):
        if f.init is False:
            return None
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'

    args = ['self'] + [p for p in map(param, std_fields) if p]
    kw = [p for p in map(param, kw_only_fields) if p]
    if kw:
        args += ['*'] + kw
    g = dict(globals_)
    g.update(locals_)
    return _compile('__init__', args, body, g, cls)


def _recursive_repr(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper


def _repr_fn(cls, fields, globals_):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields)
    fn = _compile('__repr__', ['self'],
                  [f'return self.__class__.__qualname__ + f"({parts})"'], globals_, cls)
    wrapper = _recursive_repr(fn)
    wrapper.__dataclass_repr__ = True   # pprint lays such objects out field by field
    return wrapper


def _tuple_str(obj, fields):
    if not fields:
        return '()'
    return '(' + ', '.join(f'{obj}.{f.name}' for f in fields) + ',)'


def _cmp_fn(cls, name, op, fields, globals_):
    if name == '__eq__':
        terms = ' and '.join(f'self.{f.name}==other.{f.name}' for f in fields) or 'True'
        body = ['if self is other:', '    return True',
                'if other.__class__ is self.__class__:', f'    return {terms}',
                'return NotImplemented']
    else:
        body = ['if other.__class__ is self.__class__:',
                f'    return {_tuple_str("self", fields)}{op}{_tuple_str("other", fields)}',
                'return NotImplemented']
    return _compile(name, ['self', 'other'], body, globals_, cls)


def _hash_fn(cls, fields, globals_):
    return _compile('__hash__', ['self'], [f'return hash({_tuple_str("self", fields)})'], globals_, cls)


def _frozen_get_del_attr(cls, fields, globals_):
    locals_ = dict(globals_)
    locals_['cls'] = cls
    locals_['FrozenInstanceError'] = FrozenInstanceError
    names = '(' + ''.join(f'{f.name!r},' for f in fields) + ')' if fields else '()'
    setattr_fn = _compile('__setattr__', ['self', 'name', 'value'],
                          [f'if type(self) is cls or name in {names}:',
                           '    raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                           'super(cls, self).__setattr__(name, value)'], locals_, cls)
    delattr_fn = _compile('__delattr__', ['self', 'name'],
                          [f'if type(self) is cls or name in {names}:',
                           '    raise FrozenInstanceError(f"cannot delete field {name!r}")',
                           'super(cls, self).__delattr__(name)'], locals_, cls)
    return setattr_fn, delattr_fn


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        base_slots = base.__dict__.get('__slots__', ())
        inherited.update((base_slots,) if isinstance(base_slots, str) else base_slots)
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = lambda self: [getattr(self, f.name) for f in fields(self)]
        if '__setstate__' not in cls_dict:
            def __setstate__(self, state):
                for f, value in zip(fields(self), state):
                    object.__setattr__(self, f.name, value)
            new_cls.__setstate__ = __setstate__
    # Methods compiled for the old class refer to it by closure (super(cls, self)); rebuild the
    # frozen hooks for the new class.
    if is_frozen:
        fs, fd = _frozen_get_del_attr(new_cls, fields(new_cls), {})
        type.__setattr__(new_cls, '__setattr__', fs)
        type.__setattr__(new_cls, '__delattr__', fd)
    return new_cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields_ = {}
    globals_ = dict(sys.modules[cls.__module__].__dict__) if cls.__module__ in sys.modules else {}
    setattr(cls, _PARAMS, _DataclassParams(init=init, repr=repr, eq=eq, order=order,
                                           unsafe_hash=unsafe_hash, frozen=frozen,
                                           match_args=match_args, kw_only=kw_only, slots=slots,
                                           weakref_slot=weakref_slot))
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only_now))
    for f in cls_fields:
        fields_[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields_)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields_.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = [f for f in fields_.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init, globals_, slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr], globals_))
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', [f for f in field_list if f.compare], globals_))
    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, flds, globals_)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        fs, fd = _frozen_get_del_attr(cls, field_list, globals_)
        for name, fn in (('__setattr__', fs), ('__delattr__', fd)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    # __hash__ per the table in CPython's dataclasses (unsafe_hash, eq, frozen, explicit hash).
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn(cls, hash_fields, globals_)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(cls, hash_fields, globals_)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)
        except (AttributeError, TypeError):
            pass
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _annotation_text(tp):
    # As inspect.formatannotation: builtins by bare name, other classes module-qualified.
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    return repr(tp)


def _signature_text(std_fields, kw_fields):
    def param(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_fields if f.init]
    if kw:
        params += ['*'] + kw
    return '(' + ', '.join(params) + ')'


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVar/InitVar pseudo-fields excluded)."""
    try:
        fields_ = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields_.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance into a dict (fields' values deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in (int, float, str, bool, type(None), bytes, complex):
        return obj
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(obj.default_factory)
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance into a tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass from a name and a list of field specs."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    cls.__module__ = module or '__main__'
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
