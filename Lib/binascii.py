"""Conversions between binary data and ASCII encodings (base64 lines, hex, CRC-32)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex', 'hexlify',
           'unhexlify', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _bytes(data, what='a bytes-like object', message=None):
    """bytes of a bytes-like object, or of an ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except Exception:
        raise TypeError(message or f"{what} is required, not '{type(data).__name__}'") from None


def b2a_base64(data, *, newline=True):
    """Base64 text for data, with a trailing newline unless newline=False."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64 text; without strict_mode, characters outside the alphabet are skipped."""
    data = _bytes(data, 'a bytes-like object or ASCII string')
    values = []
    pads = 0
    for pos, c in enumerate(data):
        if c == 61:   # '='
            if strict_mode and not values:
                raise Error('Leading padding not allowed')
            pads += 1
            # Padding completes a quantum: two '=' after 2 symbols, one after 3.
            if len(values) % 4 >= 2 and pads >= 4 - len(values) % 4:
                if strict_mode and pos != len(data) - 1:
                    raise Error('Excess data after padding')
                values.extend([None] * (4 - len(values) % 4))
                break
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        values.append(v)
    if len(values) % 4:
        count = sum(1 for v in values if v is not None)
        if len(values) % 4 == 1:
            raise Error(f'Invalid base64-encoded string: number of data characters ({count}) '
                        f'cannot be 1 more than a multiple of 4')
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(values), 4):
        a, b, c, d = values[i:i + 4]
        n = (a << 18) | (b << 12) | ((c or 0) << 6) | (d or 0)
        out.append(n >> 16)
        if c is not None:
            out.append((n >> 8) & 255)
        if d is not None:
            out.append(n & 255)
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _bytes(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    data = _bytes(hexstr, 'a bytes-like object or ASCII string')
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


unhexlify = a2b_hex

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _i, _c


def crc32(data, value=0):
    """CRC-32 (the zlib/PNG polynomial) of data, continuing from value."""
    crc = ~value & 0xFFFFFFFF
    table = _CRC_TABLE
    for byte in _bytes(data):
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, value):
    crc = value & 0xFFFF
    for byte in _bytes(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
