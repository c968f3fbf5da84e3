"""Warning control: warn(), the filters (filterwarnings, simplefilter, resetwarnings),
catch_warnings and the "file:line: Category: message" report on stderr."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings', 'deprecated']

_ACTIONS = ('error', 'ignore', 'always', 'all', 'default', 'module', 'once')

# (action, message text prefix or None, category, module name or None, lineno); first match wins.
filters = []
defaultaction = 'default'
onceregistry = {}
_registry = {}


def _default_filters():
    return [('default', None, DeprecationWarning, '__main__', 0),
            ('ignore', None, DeprecationWarning, None, 0),
            ('ignore', None, PendingDeprecationWarning, None, 0),
            ('ignore', None, ImportWarning, None, 0),
            ('ignore', None, ResourceWarning, None, 0)]


filters[:] = _default_filters()


def _match(pattern, p, text, t):
    """re.match for the small regular-expression subset filters use: literals, '.', '\\x'
    escapes, '*' / '+' / '?' after an atom, and a final '$'."""
    while p < len(pattern):
        if pattern[p] == '$' and p == len(pattern) - 1:
            return t == len(text)
        escaped = pattern[p] == '\\' and p + 1 < len(pattern)
        atom = pattern[p + 1] if escaped else pattern[p]
        p += 2 if escaped else 1
        wildcard = atom == '.' and not escaped

        def ok(c, atom=atom, wildcard=wildcard):
            return wildcard or c == atom
        quant = pattern[p] if p < len(pattern) and pattern[p] in '*+?' else ''
        if quant:
            p += 1
            lo = 1 if quant == '+' else 0
            hi = 1 if quant == '?' else len(text) - t
            n = 0
            while n < hi and t + n < len(text) and ok(text[t + n]):
                n += 1
            while n >= lo:
                if _match(pattern, p, text, t + n):
                    return True
                n -= 1
            return False
        if t >= len(text) or not ok(text[t]):
            return False
        t += 1
    return True


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError(f'invalid action: {action!r}')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter; message and module match the start of the text / module name."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter((action, message or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    _check_action(action)
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _registry.clear()


def resetwarnings():
    filters[:] = []
    _registry.clear()


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}')


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints."""
    s = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += f'  {line.strip()}\n'
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


_showwarning_orig = showwarning


def _show(msg):
    show = globals()['showwarning']
    show(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning (or raise it, or ignore it, as the filters say)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    location = sys._getframelocation(stacklevel)
    module = sys._getframemodulename(stacklevel)
    if location is None:
        filename, lineno, module = 'sys', 1, 'sys'
    else:
        filename, lineno = location
    warn_explicit(message, category, filename, lineno, module or '<string>', source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is None:
        registry = _registry.setdefault(filename, {})
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or _match(msg.lower(), 0, text.lower(), 0)) and issubclass(category, cat)
                and (mod is None or _match(mod + '$', 0, module, 0)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    _show(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """Context manager saving and restoring the warning filters (and recording warnings)."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_show = globals()['showwarning']
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            globals()['showwarning'] = lambda *args: log.append(WarningMessage(*args))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        filters[:] = self._saved_filters
        globals()['showwarning'] = self._saved_show
        _registry.clear()


class deprecated:
    """Decorator marking a class or function deprecated: using it warns."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f'Expected an object of type str for \'message\', not '
                            f'{type(message).__name__!r}')
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        msg, category, stacklevel = self.message, self.category, self.stacklevel
        if callable(arg):
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            wrapper.__name__ = getattr(arg, '__name__', 'wrapper')
            wrapper.__qualname__ = getattr(arg, '__qualname__', 'wrapper')
            wrapper.__doc__ = getattr(arg, '__doc__', None)
            wrapper.__wrapped__ = arg
            wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError(f'@deprecated decorator with non-None category must be applied to a '
                        f'class or callable, not {arg!r}')
