# str method argument errors and edge values, with CPython's exact messages.
def show(src):
    try:
        r = eval(src)
        print(src, "=>", repr(r))
    except Exception as e:
        print(src, "=>", type(e).__name__ + ":", e)

tests = [
 "'a'.center()", "'a'.center(1,2,3)", "'a'.center(width=3)", "'a'.center('x')", "'a'.center(3, 1)", "'a'.center(3,'ab')",
 "'a'.zfill()", "'a'.zfill('a')", "'a'.find()", "'a'.find(1)", "'a'.count(1)", "'a'.index('b')", "'a'.rindex('b')", "'a'.find('a', 'x')",
 "'a'.find('a', 1, 2, 3)", "'a'.split(1)", "'a'.split(',', 'x')", "'a'.split(',', 1, 2)", "'a'.split(x=1)", "'a'.split('')",
 "'a'.strip(1)", "'a'.lstrip(1)", "'a'.replace(1,2)", "'a'.replace('a',2)", "'a'.replace('a')", "'a'.replace('a','b',count='x')",
 "'a'.join(1)", "'a'.join([1])", "'a'.join(['a', 2])", "'a'.encode(1)", "'a'.encode('utf-8', 1)", "'a'.encode('foo')", "'a'.encode('utf-8','foo')",
 "'a'.expandtabs('x')", "'a'.splitlines(x=1)", "'a'.partition(1)", "'a'.partition('')", "'a'.rpartition('')", "'a'.startswith(1)", "'a'.endswith((1,))",
 "'a'.removeprefix(1)", "'a'.removesuffix(1)", "'a'.isdigit(1)", "'a'.upper(1)", "'a'.format_map(1)", "'{x}'.format_map(1)", "'{x}'.format_map({})",
 "'a'.translate()", "str.maketrans(1)", "str.maketrans('ab','c')", "str.maketrans({'ab':1})", "str.maketrans('a', 1)", "'a' + 1", "'a' * 'b'", "'a' * 1.5",
 "'abc'[1]", "'a'[5]", "'a'[str('x')]", "'a'[float(1.5)]", "'a'.ljust()", "'a'.ljust(2, 'xy')", "'a'.count()", "'a'.startswith()", "'a'.startswith('a', 'x')", "'a'.splitlines(1, 2)",
 "'a'.rsplit(None, 'x')", "'a'.title(1)", "'a'.expandtabs(1,2)", "'a'.encode(errors=1)", "'a'.translate({97: 1.5})", "'a'.translate({97: 0x110000})",
 "'a' < 1", "'abc'.index('x', 0, 1)", "'a'.split(maxsplit=2**70)", "'a'.center(2**70)", "'a' * 2**70", "'a'.ljust(2**63)",
 "str(b'a', 'foo')", "str(1, 'utf-8')", "str('a', 'utf-8')", "str(b'\\xff', 'ascii')", "str(b'a', encoding=1)", "str(b'a', errors='x')",
 "str(b'caf\\xc3\\xa9', 'utf-8')", "str(b'caf\\xe9', 'latin-1')", "str(b'\\xff', 'utf-8', 'replace')", "str(bytearray(b'ab'), 'ascii')", "str(object='x')", "str()",
 "'ab'.join('xyz')", "''.join([])", "'-'.join(['a'])", "'ΣΑΣ ΟΔΟΣ'.lower()", "'ǅ'.istitle()", "'ǅa'.istitle()", "'Aǅ'.istitle()", "'ǆ'.upper()", "'ǆ'.title()", "'İ'.lower()", "'ﬀ'.upper()", "'ŉ'.upper()",
 "'ß'.casefold()", "'ẞ'.casefold()", "'ı'.casefold()", "'Ꭰ'.casefold()", "'ꭰ'.casefold()", "'ᾳ'.upper()", "'ᾳ'.title()", "'ΐ'.upper()", "'ª'.islower()", "'ⅷ'.isupper()", "'Ⅷ'.isnumeric()",
 "'٣'.isdecimal()", "'²'.isdigit()", "'²'.isdecimal()", "'½'.isnumeric()", "'一'.isnumeric()", "'\\u2028'.isspace()", "'\\x1c'.isspace()", "'\\u200b'.isspace()", "'\\u00ad'.isprintable()", "'\\u0378'.isprintable()",
 "'a\\u0301'.isalpha()", "'ℌ'.isalpha()", "'Ⅻ'.isalpha()", "'x\\u0300'.isidentifier()", "'℘'.isidentifier()", "'1a'.isidentifier()", "''.isidentifier()", "'a b'.title()", "\"they're\".title()", "'ǉubljana'.capitalize()",
]
for t in tests:
    show(t)
