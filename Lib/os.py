"""Operating-system interfaces (POSIX subset): environ, working directory, listing and
walking directories, stat results, making and removing files and directories, os.path."""

import sys
import _os
import posixpath as path
from abc import ABC, abstractmethod

sys.modules['os.path'] = path

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
           'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode', 'get_exec_path',
           'fdopen', 'extsep', 'environ', 'getenv', 'putenv', 'unsetenv', 'getcwd', 'chdir',
           'listdir', 'scandir', 'stat', 'lstat', 'mkdir', 'makedirs', 'rmdir', 'removedirs',
           'remove', 'unlink', 'rename', 'renames', 'replace', 'walk', 'getpid', 'cpu_count',
           'urandom', 'strerror', 'fspath', 'PathLike', 'error', 'access', 'F_OK', 'R_OK',
           'W_OK', 'X_OK', 'stat_result', 'DirEntry']

name = 'posix'
linesep = '\n'
sep = path.sep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
error = OSError

getcwd = _os.getcwd
chdir = _os.chdir
getpid = _os.getpid
strerror = _os.strerror
urandom = _os.urandom


def cpu_count():
    return _os.cpu_count()


fspath = path._fspath


class PathLike(ABC):
    """Abstract base for objects with a file system path (__fspath__)."""

    @abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class _Environ(dict):
    """os.environ: a dict whose changes are passed on to the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        _os.putenv(key, value)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        super().__delitem__(key)
        _os.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return f'environ({dict.__repr__(self)})'


environ = _Environ(sorted(_os.environ().items()))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def get_exec_path(env=None):
    return (env or environ).get('PATH', defpath).split(pathsep)


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple with st_* attributes."""
    n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        return tuple.__new__(cls, tuple(int(v) if i >= 7 else v for i, v in enumerate(values)) + values[7:])

    def __getattr__(self, attr):
        if attr in self._names:
            return self[self._names.index(attr) + (3 if attr in ('st_atime', 'st_mtime', 'st_ctime') else 0)]
        if attr.endswith('_ns') and attr[:-3] in self._names[7:]:
            return int(self[self._names.index(attr[:-3]) + 3] * 1e9)
        raise AttributeError(f"'os.stat_result' object has no attribute '{attr}'")

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(f'{n}={self[i]!r}' for i, n in enumerate(self._names)) + ')'

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(tuple(self)[:10])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(fspath(path), False))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _os.access(fspath(path), mode)


def listdir(path='.'):
    return _os.listdir(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _os.rmdir(fspath(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _os.unlink(fspath(path))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(fspath(src), fspath(dst))


replace = rename


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


class DirEntry:
    """An entry yielded by scandir(): name, path, is_dir(), is_file(), stat()."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory in the tree under top."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fdopen(fd, mode='r', *args, **kwargs):
    raise OSError('fdopen is not supported')
