"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, with CPython 3.13's
member semantics (aliases, lookup by value and name, _missing_, reprs and error messages)."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'EnumDict', 'show_flag_values', 'pickle_by_enum_name',
           'pickle_by_global_name']

property = property
_auto_null = object()
# Set once the classes exist (the metaclass runs for Enum, ReprEnum and Flag themselves).
ReprEnumBase = FlagBase = None


class auto:
    """Stand-in for a member value: replaced by _generate_next_value_()."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,) if self.value is not _auto_null else 'auto(...)'


class nonmember:
    """Protect a class attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Force a class attribute (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__') and len(name) > len(prefix)


def _is_descriptor(obj):
    if isinstance(obj, (type(_is_dunder), classmethod, staticmethod, type)):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


# Attributes of members whose instances have no __dict__ (str-based members), by id(member);
# members live as long as their class, so the ids stay valid.
_extra_attrs = {}


def _set_attr(obj, name, value):
    try:
        setattr(obj, name, value)
    except AttributeError:
        _extra_attrs.setdefault(id(obj), {})[name] = value


def _high_bit(value):
    return value.bit_length() - 1


def _bits(value):
    # The powers of two in value, lowest first.
    out = []
    while value:
        low = value & -value
        out.append(low)
        value ^= low
    return out


def show_flag_values(value):
    return _bits(value)


class EnumDict(dict):
    """The class namespace while an enum body runs: records members in order, resolves auto()."""

    def __init__(self, cls_name=None, generate=None):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = cls_name
        self._generate = generate

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                for name in names:
                    if name in self._member_names:
                        raise ValueError(f'_ignore_ cannot specify already set names: {name!r}')
            elif key == '_generate_next_value_':
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate(key, 1, len(self._member_names), self._last_values[:])
                              if isinstance(v, auto) else v for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, 'items') else members
        for k, v in items:
            self[k] = v
        for k, v in more.items():
            self[k] = v


_EnumDict = EnumDict


class EnumType(type):
    """Metaclass of Enum: builds the members when the class body is done."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        first_enum = bases[-1] if bases else None
        generate = None
        for base in bases:
            for c in base.__mro__:
                if '_generate_next_value_' in c.__dict__:
                    g = c.__dict__['_generate_next_value_']
                    generate = g.__func__ if isinstance(g, staticmethod) else g
                    break
            if generate is not None:
                break
        return EnumDict(cls, generate or _default_generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', {}))
        ns = {k: v for k, v in dict.items(classdict) if k not in member_names}
        ns.pop('_ignore_', None)
        ns.pop('_order_', None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        custom_new = ns.get('__new__')
        if custom_new is not None and isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        ns['_new_member_'] = staticmethod(custom_new) if custom_new is not None else None
        ns.pop('__new__', None)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if boundary is not None:
            ns['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        # The data type's repr/str/format come before Enum's in the MRO (IntEnum(int, ...)):
        # put the enum's own back unless the class body defines them. ReprEnum keeps the data
        # type's str() and format().
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in ns:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if FlagBase is not None and issubclass(enum_class, FlagBase):
            # int's operators come first in IntFlag's MRO; the flag ones must win.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in ns:
                    type.__setattr__(enum_class, name, getattr(FlagBase, name))
        if ReprEnumBase is not None and ReprEnumBase in bases:
            if member_type is object:
                raise TypeError(f'ReprEnum subclasses must be mixed with a data type (i.e. int, str, '
                                f'float, etc.)')
            if '__format__' not in ns:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in ns:
                method = getattr(member_type, '__str__', object.__str__)
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        for name in member_names:
            enum_class._add_member_(name, dict.__getitem__(classdict, name), custom_new, member_type)
        if FlagBase is not None and issubclass(enum_class, FlagBase):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1 if mask else 0)
        return enum_class

    def _add_member_(cls, name, value, custom_new, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new is not None:
            new_member = custom_new(cls, *args)
        else:
            if member_type is object:
                new_member = object.__new__(cls)
            else:
                new_member = member_type.__new__(cls, *args)
        if not hasattr(new_member, '_value_'):
            _set_attr(new_member, '_value_', value if member_type is object else member_type(*args))
        value = new_member._value_
        _set_attr(new_member, '_name_', name)
        _set_attr(new_member, '__objclass__', cls)
        _set_attr(new_member, '_sort_order_', len(cls._member_names_))
        new_member.__init__(*args)
        # An equal value makes this name an alias of the earlier member.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        is_flag = FlagBase is not None and issubclass(cls, FlagBase)
        is_flag_alias = is_flag and isinstance(value, int) and value and value & (value - 1)
        if canonical is not None:
            new_member = canonical
        elif not is_flag_alias:
            cls._member_names_.append(name)
        cls._member_map_[name] = new_member
        try:
            cls._value2member_map_.setdefault(value, new_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, new_member)

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base.__dict__.get('_member_names_'):
                    raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=_auto_null, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is _auto_null:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls) and type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None '
                        f'or a valid member')

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = classdict._generate(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = sys._getframemodulename(2) or '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if FlagBase is not None and issubclass(cls, FlagBase):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)

    def __dir__(cls):
        return sorted(set(cls._member_names_) | {'__class__', '__doc__', '__members__', '__module__'})


EnumMeta = EnumType


def _default_generate(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last_value = sorted(last_values).pop()
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None
    try:
        return last_value + 1
    except TypeError:
        raise TypeError('unable to increment %r' % (last_value,)) from None


class Enum(metaclass=EnumType):
    """Base class for enumerations: class Color(Enum): RED = 1."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_generate(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __getattr__(self, name):
        try:
            return _extra_attrs[id(self)][name]
        except KeyError:
            raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}') from None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in type(self).__dict__ else None
        if v_repr is None:
            member_type = self._member_type_
            v_repr = repr if member_type is object else member_type.__repr__
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
                      | {k for k in type(self).__dict__ if not k.startswith('_')})


class ReprEnum(Enum):
    """Enum whose str() and format() are those of its data type (only repr() changes)."""

    def __format__(self, format_spec):
        return self._member_type_.__format__(self._value_, format_spec)


ReprEnumBase = ReprEnum


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lower-cased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _strenum_check(cls):
    for m in cls:
        if not isinstance(m._value_, str):
            raise TypeError(f'{m._value_!r} is not a string')


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = (FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT,
                                FlagBoundary.KEEP)


class Flag(Enum):
    """Enum whose members combine with |, & , ^ and ~ (values are bit masks)."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask = cls._flag_mask_
        neg = value < 0
        if neg:
            value = cls._all_bits_ + 1 + value
        if value & ~mask and cls._boundary_ is STRICT and cls._member_type_ is object:
            raise ValueError(f'{cls.__qualname__} invalid value {value!r}\n'
                             f'    given {bin(value)}\n  allowed {bin(mask)}')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        _set_attr(pseudo, '_value_', value)
        names = [m._name_ for m in cls._iter_bits_(value)]
        extra = value & ~mask
        if value == 0:
            _set_attr(pseudo, '_name_', None)
        elif extra and cls._member_type_ is not object:
            _set_attr(pseudo, '_name_', '|'.join(names + [repr(extra)]) if names else None)
        else:
            _set_attr(pseudo, '_name_', '|'.join(names))
        try:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
        except TypeError:
            pass
        return pseudo

    @classmethod
    def _iter_bits_(cls, value):
        # The canonical (single-bit) members contained in value, in definition order.
        for name in cls._member_names_:
            bit = cls._member_map_[name]._value_
            if bit and bit & value == bit:
                yield cls._member_map_[name]

    def __iter__(self):
        return iter(list(type(self)._iter_bits_(self._value_)))

    def __len__(self):
        return len(_bits(self._value_))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = repr if self._member_type_ is object else self._member_type_.__repr__
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._member_type_ is not object and self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


FlagBase = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


IntFlag._boundary_ = KEEP


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Class decorator checking UNIQUE / CONTINUOUS / NAMED_FLAGS constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(m.value for m in enumeration)
                if values:
                    missing = [v for v in range(values[0], values[-1] + 1) if v not in values]
                    if missing:
                        raise ValueError(f'invalid enum {enumeration.__name__!r}: missing values '
                                         f'{", ".join(map(str, missing))}')
        return enumeration


def global_enum(cls, update_str=False):
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
