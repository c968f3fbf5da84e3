"""Conversions between Python values and C structs packed into bytes (pack, unpack,
calcsize, pack_into, unpack_from, iter_unpack, Struct), with native ('@') sizes and alignment
of x86-64 Linux and the standard sizes of '<', '>', '!' and '='."""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code: (native size, standard size, kind, signed)
_CODES = {
    'x': (1, 1, 'pad', False), 'c': (1, 1, 'char', False), 'b': (1, 1, 'int', True),
    'B': (1, 1, 'int', False), '?': (1, 1, 'bool', False), 'h': (2, 2, 'int', True),
    'H': (2, 2, 'int', False), 'i': (4, 4, 'int', True), 'I': (4, 4, 'int', False),
    'l': (8, 4, 'int', True), 'L': (8, 4, 'int', False), 'q': (8, 8, 'int', True),
    'Q': (8, 8, 'int', False), 'n': (8, None, 'int', True), 'N': (8, None, 'int', False),
    'e': (2, 2, 'float', False), 'f': (4, 4, 'float', False), 'd': (8, 8, 'float', False),
    's': (1, 1, 'bytes', False), 'p': (1, 1, 'pascal', False), 'P': (8, None, 'int', False),
}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError(f'Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}')
    native = True
    little = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        little = fmt[0] in '@=<'
        i = 1
    items = []   # (code, count, offset, size)
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        spec = _CODES.get(ch)
        if spec is None or (not native and spec[1] is None):
            raise error('bad char in struct format')
        size = spec[0] if native else spec[1]
        if native and spec[2] not in ('bytes', 'pascal', 'pad', 'char', 'bool') and size > 1:
            offset = (offset + size - 1) // size * size
        repeat = 1 if count is None else count
        if spec[2] in ('bytes', 'pascal'):
            items.append((ch, repeat, offset, repeat))
            offset += repeat
        elif spec[2] == 'pad':
            offset += repeat
        else:
            for _ in range(repeat):
                items.append((ch, 1, offset, size))
                offset += size
        i += 1
    return native, little, items, offset


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(v)


def _pack_item(code, count, size, value, native, little, out):
    kind = _CODES[code][2]
    signed = _CODES[code][3]
    if kind == 'int':
        v = _int_arg(value)
        bits = size * 8
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        if not lo <= v <= hi:
            raise error(f"'{code}' format requires {lo} <= number <= {hi}")
        out += v.to_bytes(size, 'little' if little else 'big', signed=signed)
    elif kind == 'bool':
        out.append(1 if value else 0)
    elif kind == 'char':
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error('char format requires a bytes object of length 1')
        out += value
    elif kind == 'float':
        if not isinstance(value, (int, float)) and not hasattr(type(value), '__float__'):
            raise error('required argument is not a float')
        x = float(value)
        if code == 'f' and native:
            x = x if abs(x) <= 3.4028234663852886e+38 or x != x else (float('inf') if x > 0 else float('-inf'))
        out += _struct.pack_float(x, size, little)
    elif kind == 'bytes':
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        out += bytes(value[:count]).ljust(count, b'\0')
    elif kind == 'pascal':
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for 'p' must be a bytes object")
        if count == 0:
            return
        data = bytes(value[:count - 1])
        out.append(min(len(data), 255))
        out += data.ljust(count - 1, b'\0')


def _unpack_item(code, count, size, data, little):
    kind = _CODES[code][2]
    if kind == 'int':
        return int.from_bytes(data, 'little' if little else 'big', signed=_CODES[code][3])
    if kind == 'bool':
        return data != b'\0' * len(data)
    if kind == 'char':
        return bytes(data)
    if kind == 'float':
        return _struct.unpack_float(bytes(data), little)
    if kind == 'bytes':
        return bytes(data)
    n = data[0] if data else 0
    return bytes(data[1:1 + min(n, count - 1)])


class Struct:
    """A compiled format: pack/unpack without re-parsing."""

    def __init__(self, format):
        self._native, self._little, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')

    def pack(self, *values):
        if len(values) != len(self._items):
            raise error(f'pack expected {len(self._items)} items for packing (got {len(values)})')
        out = bytearray()
        for (code, count, offset, size), value in zip(self._items, values):
            if len(out) < offset:
                out += b'\0' * (offset - len(out))
            _pack_item(code, count, size, value, self._native, self._little, out)
        if len(out) < self.size:
            out += b'\0' * (self.size - len(out))
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if offset + len(data) > len(buffer):
            raise error(f'pack_into requires a buffer of at least {len(data) + offset} bytes for '
                        f'packing {len(data)} bytes at offset {offset} (actual buffer size is {len(buffer)})')
        buffer[offset:offset + len(data)] = data

    def _unpack(self, data):
        return tuple(_unpack_item(code, count, size, data[offset:offset + size], self._little)
                     for code, count, offset, size in self._items)

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error(f'unpack requires a buffer of {self.size} bytes')
        return self._unpack(data)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            offset += len(data)
        if len(data) - offset < self.size:
            raise error(f'unpack_from requires a buffer of at least {self.size + offset} bytes for '
                        f'unpacking {self.size} bytes at offset {offset} (actual buffer size is {len(data)})')
        return self._unpack(data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error(f'iterative unpacking requires a buffer of a multiple of {self.size} bytes')
        return (self._unpack(data[i:i + self.size]) for i in range(0, len(data), self.size))

    def __repr__(self):
        return f'Struct({self.format!r})'


_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    return _compiled(format).size


def pack(format, /, *values):
    return _compiled(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    _compiled(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _compiled(format).iter_unpack(buffer)
