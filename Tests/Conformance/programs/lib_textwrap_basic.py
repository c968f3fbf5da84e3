import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known, state-of-the-art example -- "
        "with em-dashes--and hyphen-separated-words, plus a supercalifragilisticexpialidocious word; "
        "x-ray e-mail 3-4 a-b-c re-re-examine   tabs\tand\nnewlines.  Done!")
for w in (10, 15, 20, 33, 50, 79):
    print(f"--- {w}")
    print(textwrap.fill(text, width=w))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False)[:8])
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("short", 80), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("One two.  Three four. Five? six! seven.", 15, fix_sentence_endings=True))
src = '''
    def f():
        return 1
      # odd
    \t
    x = 2
'''
print(repr(textwrap.dedent(src)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n   \n   y")))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\nb", "+", lambda l: True))
w = textwrap.TextWrapper(width=18, drop_whitespace=False, replace_whitespace=False, expand_tabs=False)
print(w.wrap("keep   spaces\there and there"))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
print(textwrap.wrap("aaaa-bbbb-cccc-dddd", 7), textwrap.wrap("----------", 4), textwrap.wrap("abc--def ghi", 5))
