# Generated edge cases (values and CPython error messages); see also the other str programs.
def show(src):
    try:
        r = eval(src)
        print(src, "=>", repr(r))
    except Exception as e:
        print(src, "=>", type(e).__name__ + ":", e)

tests = [
    "b'a'.decode('foo')",
    "b'x'.decode(errors='ignore')",
    "b'\\xff'.decode('utf-8', 'strict')",
    "b'\\xe2\\x82'.decode()",
    "b'\\xe2\\x82x'.decode()",
    "b'\\xf0\\x9f\\x98'.decode()",
    "b'\\xed\\xa0\\x80'.decode()",
    "b'a\\xffb\\xfe'.decode('utf-8', 'replace')",
    "b'a\\xffb'.decode('utf-8', 'backslashreplace')",
    "b'a\\xffb'.decode('ascii', 'surrogateescape')",
    "('a' + chr(0xdcff) + 'b').encode('utf-8', 'surrogateescape')",
    "chr(0xd800).encode()",
    "('a' + chr(0xd800) + chr(0xdc00) + 'b').encode()",
    "'€'.encode('latin-1')",
    "'€€x'.encode('ascii')",
    "'é'.encode('ascii', 'xmlcharrefreplace')",
    "'é\\U0001f600'.encode('ascii', 'backslashreplace')",
    "'é'.encode('utf-16')",
    "'é'.encode('utf-16-be')",
    "b'\\xff\\xfe\\xe9\\x00'.decode('utf-16')",
    "'a'.encode('utf-32')",
    "'x'.encode('UTF8')",
    "'x'.encode('Latin-1')",
    "'x'.encode('utf_8')",
    "'é'.encode('ascii', 'foo')",
    "b'\\xff'.decode('ascii', 'foo')",
]
for t in tests:
    show(t)
