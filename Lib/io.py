"""In-memory streams (StringIO, BytesIO) and the io class hierarchy, with CPython's
positions, errors and messages; io.open is the builtin open."""

from builtins import open
import builtins as _builtins

BlockingIOError = getattr(_builtins, 'BlockingIOError', None)
if BlockingIOError is None:
    class BlockingIOError(OSError):
        pass

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


class IOBase:
    """Base of all streams: context manager, iteration over lines, closed state."""

    def __init__(self):
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    _closed_message = 'I/O operation on closed file.'

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        self._check_closed()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class _MemoryStream:
    """Shared position logic of StringIO and BytesIO (the data is a list of items)."""

    def _seek(self, pos, whence, text):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if text and pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if text and pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def _take(self, size):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._data)
        start = min(self._pos, len(self._data))
        end = min(start + size, len(self._data))
        self._pos = end
        return self._data[start:end]

    def _put(self, items):
        n = len(items)
        data = self._data
        pos = self._pos
        if pos > len(data):
            data.extend(self._fill * (pos - len(data)))
        data[pos:pos + n] = items
        self._pos = pos + n
        return n

    def _line(self, size, newline):
        # The items up to and including the next newline (at most size of them).
        self._check_closed()
        data = self._data
        start = min(self._pos, len(data))
        end = len(data)
        if size is not None and size >= 0:
            end = min(end, start + size)
        i = start
        while i < end:
            item = data[i]
            i += 1
            if item == newline:
                break
        self._pos = i
        return data[start:i]

    def _truncate(self, size):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'Negative size value {size}')
        del self._data[size:]
        return size

    def tell(self):
        self._check_closed()
        return self._pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True


class StringIO(_MemoryStream, TextIOBase):
    """A text stream over an in-memory str buffer."""

    _fill = ['\0']
    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        super().__init__()
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._data = []
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def getvalue(self):
        self._check_closed()
        return ''.join(self._data)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        if self._newline not in (None, '', '\n') and '\n' in s:
            s = s.replace('\n', self._newline)
        elif self._newline is None and '\r' in s:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        self._put(list(s))
        return len(s)

    def read(self, size=-1):
        return ''.join(self._take(size))

    def readline(self, size=-1):
        return ''.join(self._line(size, '\n'))

    def seek(self, pos, whence=0):
        return self._seek(pos, whence, True)

    def truncate(self, size=None):
        return self._truncate(size)

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream over an in-memory bytes buffer."""

    _fill = [0]

    def __init__(self, initial_bytes=b''):
        super().__init__()
        self._data = list(bytes(initial_bytes)) if initial_bytes else []
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return bytes(self._data)

    def getbuffer(self):
        self._check_closed()
        return bytearray(self._data)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(b)
        self._put(list(data))
        return len(data)

    def read(self, size=-1):
        return bytes(self._take(size))

    read1 = read

    def readline(self, size=-1):
        return bytes(self._line(size, 10))

    def readinto(self, buffer):
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def seek(self, pos, whence=0):
        return self._seek(pos, whence, False)

    def truncate(self, size=None):
        return self._truncate(size)

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'


FileIO = RawIOBase
BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = BufferedIOBase
TextIOWrapper = TextIOBase
