"""Dates and times without time zones: timedelta, date, time, datetime (naive), with CPython's
normalisation, arithmetic, comparisons, reprs, isoformat/fromisoformat and common strftime
directives."""

import operator as _operator
import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'MINYEAR', 'MAXYEAR')

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim
_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December']
_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
            + day)


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(name, value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def _check_date_fields(year, month, day):
    year, month, day = _check_int('year', year), _check_int('month', month), _check_int('day', day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold=0):
    for name, value, hi in (('hour', hour, 23), ('minute', minute, 59), ('second', second, 59),
                            ('microsecond', microsecond, 999999)):
        _check_int(name, value)
        if not 0 <= value <= hi:
            raise ValueError(f'{name} must be in 0..{hi}')
    return hour, minute, second, microsecond


class _Ordered:
    """Comparisons and hashing from _cmpkey(), between objects _comparable() accepts."""
    __slots__ = ()

    def _compare(self, other, op):
        if not self._comparable(other):
            return NotImplemented
        return op(self._cmpkey(), other._cmpkey())

    def __eq__(self, other):
        return self._compare(other, _operator.eq)

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    def __hash__(self):
        return hash(self._cmpkey())


class timedelta(_Ordered):
    """A duration: days, seconds (< 1 day) and microseconds (< 1 second), normalised."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError(f"unsupported type for timedelta days component: {type(v).__name__}")
        # Exact arithmetic in microseconds, rounding half to even like CPython.
        total = 0
        for value, scale in ((weeks, 7 * 86400 * 10**6), (days, 86400 * 10**6), (hours, 3600 * 10**6),
                             (minutes, 60 * 10**6), (seconds, 10**6), (milliseconds, 1000),
                             (microseconds, 1)):
            if isinstance(value, float):
                total += value * scale
            else:
                total += value * scale
        if isinstance(total, float):
            total = round(total)
        d, rem = divmod(total, 86400 * 10**6)
        s, us = divmod(rem, 10**6)
        if abs(d) > 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = d, s, us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return ((self._days * 86400 + self._seconds) * 10**6 + self._microseconds) / 10**6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        return f"{_qualified(self)}({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            s = f"{self._days} day{'s' if abs(self._days) != 1 else ''}, " + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta(microseconds=self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta(microseconds=_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    _cmpkey = _key

    def _comparable(self, other):
        return isinstance(other, timedelta)

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), self._key()


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _qualified(obj):
    cls = type(obj)
    return f'datetime.{cls.__qualname__}' if cls.__module__ == 'datetime' else cls.__qualname__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _strftime(fmt, year, month, day, hour, minute, second, us, weekday, yday):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'y':
            out.append(f'{year % 100:02d}')
        elif d == 'm':
            out.append(f'{month:02d}')
        elif d == 'd':
            out.append(f'{day:02d}')
        elif d == 'e':
            out.append(f'{day:2d}')
        elif d == 'H':
            out.append(f'{hour:02d}')
        elif d == 'I':
            out.append(f'{(hour % 12) or 12:02d}')
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'M':
            out.append(f'{minute:02d}')
        elif d == 'S':
            out.append(f'{second:02d}')
        elif d == 'f':
            out.append(f'{us:06d}')
        elif d == 'A':
            out.append(_DAYNAMES[weekday])
        elif d == 'a':
            out.append(_DAYNAMES[weekday][:3])
        elif d == 'B':
            out.append(_MONTHNAMES[month])
        elif d == 'b' or d == 'h':
            out.append(_MONTHNAMES[month][:3])
        elif d == 'j':
            out.append(f'{yday:03d}')
        elif d == 'w':
            out.append(str((weekday + 1) % 7))
        elif d == 'u':
            out.append(str(weekday + 1))
        elif d == 'F':
            out.append(f'{year:04d}-{month:02d}-{day:02d}')
        elif d == 'T':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif d == 'D':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif d == 'R':
            out.append(f'{hour:02d}:{minute:02d}')
        elif d == 'c':
            out.append(f'{_DAYNAMES[weekday][:3]} {_MONTHNAMES[month][:3]} {day:2d} '
                       f'{hour:02d}:{minute:02d}:{second:02d} {year}')
        elif d == 'x':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif d == 'X':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif d == 'z' or d == 'Z':
            pass
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


class date(_Ordered):
    """A calendar date (proleptic Gregorian)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        t = _time.localtime() if hasattr(_time, 'localtime') else None
        if t is None:
            return cls.fromordinal(719163 + int(_time.time()) // 86400)
        return cls(t[0], t[1], t[2])

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError(f'Invalid isoformat string: {date_string!r}')

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = _ymd2ord(year, 1, 4)
        first_monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(first_monday + (week - 1) * 7 + day - 1)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return f'{_qualified(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        wd = self.weekday()
        return f'{_DAYNAMES[wd][:3]} {_MONTHNAMES[self._month][:3]} {self._day:2d} 00:00:00 {self._year:04d}'

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         self.timetuple_yday())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def timetuple_yday(self):
        return _DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        jan4 = _ymd2ord(year, 1, 4)
        week1 = jan4 - (jan4 + 6) % 7
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            jan4 = _ymd2ord(year, 1, 4)
            week1 = jan4 - (jan4 + 6) % 7
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            jan4 = _ymd2ord(year + 1, 1, 4)
            if today >= jan4 - (jan4 + 6) % 7:
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def _date_key(self):
        return (self._year, self._month, self._day)

    _cmpkey = _date_key

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), self._date_key()


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _time_iso(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _parse_time(s):
    parts = s.split(':')
    if not 1 <= len(parts) <= 3:
        raise ValueError
    hh = int(parts[0])
    mm = int(parts[1]) if len(parts) > 1 else 0
    us = 0
    if len(parts) > 2:
        sec = parts[2]
        if '.' in sec or ',' in sec:
            sec, frac = sec.replace(',', '.').split('.')
            us = int((frac + '000000')[:6])
        ss = int(sec)
    else:
        ss = 0
    return hh, mm, ss, us


class _TimeOfDay:
    """The hour/minute/second/microsecond fields shared by time and datetime."""
    __slots__ = ()

    def _set_time(self, hour, minute, second, microsecond):
        _check_time_fields(hour, minute, second, microsecond)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._hashcode = -1

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)
    fold = property(lambda self: 0)


class time(_TimeOfDay, _Ordered):
    """A time of day (naive)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        self._set_time(hour, minute, second, microsecond)
        return self

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __repr__(self):
        args = [self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        return f"{_qualified(self)}({', '.join(map(str, args))})"

    def isoformat(self, timespec='auto'):
        return _time_iso(*self._key(), timespec)

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, s):
        try:
            return cls(*_parse_time(s[1:] if s.startswith('T') else s))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, 0, 1)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        k = self._key()
        return type(self)(*(k[i] if v is None else v for i, v in enumerate((hour, minute, second, microsecond))))

    def _cmpkey(self):
        return self._key()

    def _comparable(self, other):
        return isinstance(other, time)

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date, _TimeOfDay):
    """A date and a time of day (naive)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._set_time(hour, minute, second, microsecond)
        return self

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return cls.utcfromtimestamp(t)

    @classmethod
    def utcfromtimestamp(cls, t):
        us = round(t * 10**6)
        days, us = divmod(us, 86400 * 10**6)
        y, m, d = _ord2ymd(719163 + days)
        s, us = divmod(us, 10**6)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            d = date.fromisoformat(s[:10])
            if len(s) == 10:
                return cls(d.year, d.month, d.day)
            if s[10] not in 'T ':
                raise ValueError
            return cls(d.year, d.month, d.day, *_parse_time(s[11:]))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def __repr__(self):
        k = list(self._key())
        while len(k) > 5 and k[-1] == 0:
            k.pop()
        return f"{_qualified(self)}({', '.join(map(str, k))})"

    def isoformat(self, sep='T', timespec='auto'):
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec))

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        wd = self.weekday()
        return (f'{_DAYNAMES[wd][:3]} {_MONTHNAMES[self._month][:3]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), self.timetuple_yday())

    def timestamp(self):
        return (self.toordinal() - 719163) * 86400 + self._hour * 3600 + self._minute * 60 + \
            self._second + self._microsecond / 10**6

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        k = self._key()
        vals = (year, month, day, hour, minute, second, microsecond)
        return type(self)(*(k[i] if v is None else v for i, v in enumerate(vals)))

    __replace__ = replace

    def _us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 10**6 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us() + other._to_us()
        days, us = divmod(total, 86400 * 10**6)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        s, us = divmod(us, 10**6)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return type(self)(y, m, d, hh, mm, ss, us)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented

    def _cmpkey(self):
        return self._key()

    def _comparable(self, other):
        return isinstance(other, datetime)

    def __reduce__(self):
        return type(self), self._key()


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(cls, text, fmt):
    """strptime for the numeric directives (%Y %m %d %H %M %S %f %y %j) and %b/%B/%a/%A/%p."""
    fields = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    i = j = 0
    pm = None
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d in 'YmdHMSfyjI':
                width = {'Y': 4, 'f': 6, 'j': 3}.get(d, 2)
                k = j
                while k < len(text) and k - j < width and text[k].isdigit():
                    k += 1
                if k == j:
                    break
                value = int(text[j:k])
                if d == 'f':
                    value = int(text[j:k].ljust(6, '0'))
                if d == 'y':
                    fields['Y'] = value + (2000 if value < 69 else 1900)
                elif d == 'I':
                    fields['H'] = value
                else:
                    fields[d] = value
                j = k
            elif d in 'bBaA':
                names = _MONTHNAMES[1:] if d in 'bB' else _DAYNAMES
                for n, name in enumerate(names):
                    cand = name if d in 'BA' else name[:3]
                    if text[j:j + len(cand)].lower() == cand.lower():
                        if d in 'bB':
                            fields['m'] = n + 1
                        j += len(cand)
                        break
                else:
                    break
            elif d == 'p':
                pm = text[j:j + 2].upper() == 'PM'
                j += 2
            elif d == '%':
                if text[j:j + 1] != '%':
                    break
                j += 1
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
            continue
        if j >= len(text) or text[j] != c:
            break
        i += 1
        j += 1
    if i < len(fmt) or j < len(text):
        if i >= len(fmt):
            raise ValueError(f'unconverted data remains: {text[j:]}')
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if pm is not None:
        fields['H'] = fields['H'] % 12 + (12 if pm else 0)
    if 'j' in fields:
        d = date.fromordinal(_ymd2ord(fields['Y'], 1, 1) + fields['j'] - 1)
        fields['m'], fields['d'] = d.month, d.day
    return cls(fields['Y'], fields['m'], fields['d'], fields['H'], fields['M'], fields['S'], fields['f'])
