"""JSONEncoder: Python objects to JSON text, formatted exactly as CPython's json module."""

__all__ = ['JSONEncoder']

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}
INFINITY = float('inf')


def _escape_char(ch, ascii_only):
    e = _ESCAPES.get(ch)
    if e is not None:
        return e
    n = ord(ch)
    if n < 0x20 or (ascii_only and n > 0x7e):
        if n > 0xFFFF:
            n -= 0x10000
            return '\\u{0:04x}\\u{1:04x}'.format(0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))
        return '\\u{0:04x}'.format(n)
    return ch


def encode_basestring(s):
    """The JSON string literal for s (non-ASCII kept as is)."""
    return '"' + ''.join(_escape_char(c, False) if c in _ESCAPES or c < ' ' else c for c in s) + '"'


def encode_basestring_ascii(s):
    """The JSON string literal for s with every non-ASCII character escaped."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join(_escape_char(c, True) for c in s) + '"'


class JSONEncoder:
    """Extensible JSON encoder; override default() to serialize other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o))

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text for o in chunks."""
        out = []
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._encode(o, out, markers, indent, 0)
        return iter(out)

    def _str(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)

    def _encode(self, o, out, markers, indent, level):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, indent, level)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError('Circular reference detected')
                markers[marker] = o
            self._encode(self.default(o), out, markers, indent, level)
            if markers is not None:
                del markers[marker]

    def _enter(self, o, markers):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _open(self, out, bracket, indent, level):
        out.append(bracket)
        if indent is None:
            return self.item_separator, None
        newline = '\n' + indent * (level + 1)
        out.append(newline)
        return self.item_separator + newline, '\n' + indent * level

    def _encode_list(self, lst, out, markers, indent, level):
        if not lst:
            out.append('[]')
            return
        self._enter(lst, markers)
        separator, closing = self._open(out, '[', indent, level)
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, markers, indent, level + 1)
        if closing is not None:
            out.append(closing)
        out.append(']')
        self._leave(lst, markers)

    def _encode_dict(self, dct, out, markers, indent, level):
        if not dct:
            out.append('{}')
            return
        self._enter(dct, markers)
        separator, closing = self._open(out, '{', indent, level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                out.append(separator)
            first = False
            out.append(self._str(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, indent, level + 1)
        if closing is not None:
            out.append(closing)
        out.append('}')
        self._leave(dct, markers)
