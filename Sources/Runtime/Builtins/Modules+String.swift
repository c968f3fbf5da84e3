// The `string` module: constants, capwords, Formatter (on the str.format parser) and Template.

import CSupport

enum StringModule {
    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("string")
        let d = Imports.moduleDict(m)
        Modules.def(m, "_formatter_parser") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "formatter_parser")
            guard StrArgs.isStr(a[0]) else { throw .type("expected str, got \(a[0].type.name)") }
            var out: [Value] = []
            for (lit, field, spec, conv) in try StrFormat.parse(Str.codePoints(a[0])) {
                out.append(Tuple.make([Str.make(codePoints: lit), field.map { Str.make(codePoints: $0) } ?? .none,
                                       spec.map { Str.make(codePoints: $0) } ?? .none,
                                       conv.map { Str.char($0) } ?? .none]))
            }
            return List.make(out)
        }
        Modules.def(m, "_formatter_field_name_split") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "formatter_field_name_split")
            guard StrArgs.isStr(a[0]) else { throw .type("expected str, got \(a[0].type.name)") }
            let name = Str.codePoints(a[0])
            var k = 0
            while k < name.count && name[k] != 46 && name[k] != 91 { k += 1 }
            let first = name[0..<k]
            let head: Value = try StrFormat.integer(first).map { Value.int($0) } ?? Str.make(codePoints: Array(first))
            var rest: [Value] = []
            while k < name.count {
                let c = name[k]
                k += 1
                let st = k
                if c == 46 {
                    while k < name.count && name[k] != 46 && name[k] != 91 { k += 1 }
                    if st == k { throw .value("Empty attribute in format string") }
                    rest.append(Tuple.make([.true_, Str.make(codePoints: Array(name[st..<k]))]))
                } else if c == 91 {
                    while k < name.count && name[k] != 93 { k += 1 }
                    if k >= name.count { throw .value("Missing ']' in format string") }
                    let item = name[st..<k]
                    k += 1
                    if item.isEmpty { throw .value("Empty attribute in format string") }
                    rest.append(Tuple.make([.false_, try StrFormat.integer(item).map { Value.int($0) } ?? Str.make(codePoints: Array(item))]))
                } else {
                    throw .value("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
            return Tuple.make([head, List.make(rest)])
        }
        try Runtime.exec(source: prelude, filename: "<string>", globals: d)
        return m
    }

    static let prelude = #"""
    __all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
               "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]
    whitespace = ' \t\n\r\v\f'
    ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
    ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    ascii_letters = ascii_lowercase + ascii_uppercase
    digits = '0123456789'
    hexdigits = digits + 'abcdef' + 'ABCDEF'
    octdigits = '01234567'
    punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
    printable = digits + ascii_letters + punctuation + whitespace

    def capwords(s, sep=None):
        return (sep or ' ').join(map(str.capitalize, s.split(sep)))

    class Template:
        delimiter = '$'
        braceidpattern = None

        def __init__(self, template):
            self.template = template

        def _invalid(self, i):
            lines = self.template[:i].splitlines(keepends=True)
            if not lines:
                colno = 1
                lineno = 1
            else:
                colno = i - len(''.join(lines[:-1]))
                lineno = len(lines)
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

        @staticmethod
        def _ident(s, i):
            j = i
            n = len(s)
            if j < n and (s[j] == '_' or ('a' <= s[j].lower() <= 'z' and s[j].isascii())):
                j += 1
                while j < n and (s[j] == '_' or (s[j].isascii() and s[j].isalnum())):
                    j += 1
            return j

        def _scan(self, mapping, safe):
            s = self.template
            d = self.delimiter
            out = []
            i = 0
            n = len(s)
            while i < n:
                k = s.find(d, i)
                if k < 0:
                    out.append(s[i:])
                    break
                out.append(s[i:k])
                j = k + len(d)
                if s.startswith(d, j):
                    out.append(d)
                    i = j + len(d)
                    continue
                if j < n and s[j] == '{':
                    e = self._ident(s, j + 1)
                    if e > j + 1 and e < n and s[e] == '}':
                        name = s[j + 1:e]
                        i = e + 1
                    else:
                        if safe:
                            out.append(d)
                            i = j
                            continue
                        self._invalid(j)
                else:
                    e = self._ident(s, j)
                    if e == j:
                        if safe:
                            out.append(d)
                            i = j
                            continue
                        self._invalid(j)
                    name = s[j:e]
                    i = e
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(s[k:i])
                else:
                    out.append(str(mapping[name]))
            return ''.join(out)

        def substitute(self, mapping=None, /, **kws):
            if mapping is None:
                mapping = kws
            elif kws:
                mapping = {**mapping, **kws}
            return self._scan(mapping, False)

        def safe_substitute(self, mapping=None, /, **kws):
            if mapping is None:
                mapping = kws
            elif kws:
                mapping = {**mapping, **kws}
            return self._scan(mapping, True)

        def get_identifiers(self):
            ids = []
            s = self.template
            i = 0
            while True:
                k = s.find(self.delimiter, i)
                if k < 0:
                    return ids
                j = k + len(self.delimiter)
                if s.startswith(self.delimiter, j):
                    i = j + len(self.delimiter)
                    continue
                brace = j < len(s) and s[j] == '{'
                e = self._ident(s, j + 1 if brace else j)
                start = j + 1 if brace else j
                if e > start and (not brace or (e < len(s) and s[e] == '}')):
                    name = s[start:e]
                    if name not in ids:
                        ids.append(name)
                    i = e + 1 if brace else e
                else:
                    i = j

        def is_valid(self):
            try:
                self._scan({}, False)
            except ValueError:
                return False
            except KeyError:
                pass
            return True

    class Formatter:
        def format(self, format_string, /, *args, **kwargs):
            return self.vformat(format_string, args, kwargs)

        def vformat(self, format_string, args, kwargs):
            used_args = set()
            result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
            self.check_unused_args(used_args, args, kwargs)
            return result

        def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
            if recursion_depth < 0:
                raise ValueError('Max string recursion exceeded')
            result = []
            for literal_text, field_name, format_spec, conversion in self.parse(format_string):
                if literal_text:
                    result.append(literal_text)
                if field_name is not None:
                    if field_name == '':
                        if auto_arg_index is False:
                            raise ValueError('cannot switch from manual field specification to automatic field numbering')
                        field_name = str(auto_arg_index)
                        auto_arg_index += 1
                    elif field_name.isdigit():
                        if auto_arg_index:
                            raise ValueError('cannot switch from automatic field numbering to manual field specification')
                        auto_arg_index = False
                    obj, arg_used = self.get_field(field_name, args, kwargs)
                    used_args.add(arg_used)
                    obj = self.convert_field(obj, conversion)
                    format_spec, auto_arg_index = self._vformat(
                        format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                    result.append(self.format_field(obj, format_spec))
            return ''.join(result), auto_arg_index

        def get_value(self, key, args, kwargs):
            if isinstance(key, int):
                return args[key]
            else:
                return kwargs[key]

        def check_unused_args(self, used_args, args, kwargs):
            pass

        def format_field(self, value, format_spec):
            return format(value, format_spec)

        def convert_field(self, value, conversion):
            if conversion is None:
                return value
            elif conversion == 's':
                return str(value)
            elif conversion == 'r':
                return repr(value)
            elif conversion == 'a':
                return ascii(value)
            raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

        def parse(self, format_string):
            return _formatter_parser(format_string)

        def get_field(self, field_name, args, kwargs):
            first, rest = _formatter_field_name_split(field_name)
            obj = self.get_value(first, args, kwargs)
            for is_attr, i in rest:
                if is_attr:
                    obj = getattr(obj, i)
                else:
                    obj = obj[i]
            return obj, first
    """#
}
