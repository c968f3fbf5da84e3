# Generated edge cases (values and CPython error messages); see also the other str programs.
def show(src):
    try:
        r = eval(src)
        print(src, "=>", repr(r))
    except Exception as e:
        print(src, "=>", type(e).__name__ + ":", e)

tests = [
    "''.replace('', 'x', 1)",
    "''.replace('', 'x')",
    "'abc'.replace('', '-', 2)",
    "'abc'.find('', 5)",
    "'abc'.find('', 3)",
    "'abc'.rfind('', 1)",
    "'abc'.count('', 5)",
    "'abc'.count('', 1)",
    "'abc'.startswith('', 5)",
    "'abc'.startswith('', 3)",
    "'a b  c '.split(None, 1)",
    "' a b  c '.rsplit(None, 1)",
    "'a,b,,c'.rsplit(',', 2)",
    "'abc'.split(maxsplit=0)",
    "'  abc  '.split(maxsplit=0)",
    "'  abc  '.rsplit(maxsplit=0)",
    "'x'.isprintable()",
    "''.isprintable()",
    "'\\x7f'.isprintable()",
    "'\\xa0'.isprintable()",
    "'\\xad'.isprintable()",
    "'ΣΑΣ'.lower()",
    "'ΑΣ b'.lower()",
    "'Σ'.lower()",
    "'aΣ'.title()",
    "'ǆemal'.title()",
    "'ﬁsh'.title()",
    "'ß'.title()",
    "'ß'.capitalize()",
    "'ﬁ'.capitalize()",
    "'a\\tb'.expandtabs(0)",
    "'a\\tb'.expandtabs(-1)",
    "'12'.zfill(-1)",
    "'-'.zfill(1)",
    "'+'.zfill(3)",
    "str.maketrans('abc', 'xyz', 'q')",
    "'abcq'.translate(str.maketrans('abc', 'xyz', 'q'))",
]
for t in tests:
    show(t)
