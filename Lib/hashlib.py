"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384, sha512 (computed
natively by _hashlib), with the hashlib object API (update, digest, hexdigest, copy)."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128)}
algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return bytes(memoryview(data))
    except Exception:
        raise TypeError(f"object supporting the buffer API required") from None


class _Hash:
    """A running hash: the data seen so far, digested on demand."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray(_as_bytes(data))

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _hashlib.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


def new(name, data=b'', **kwargs):
    """A hash object for the named algorithm."""
    key = name.lower().replace('-', '')
    if key not in _SIZES:
        raise ValueError(f'unsupported hash type {name}')
    return _Hash(key, data)


def _constructor(name):
    def construct(data=b'', *, usedforsecurity=True):
        return _Hash(name, data)
    construct.__name__ = construct.__qualname__ = 'openssl_' + name
    return construct


md5, sha1, sha224, sha256, sha384, sha512 = (
    _constructor(n) for n in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))


def file_digest(fileobj, digest, /):
    h = new(digest) if isinstance(digest, str) else digest()
    h.update(fileobj.read())
    return h
