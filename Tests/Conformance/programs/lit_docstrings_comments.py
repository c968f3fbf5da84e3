"""Module docstring: first statement of the module."""
# comments are ignored
print(__doc__)

def f():  # trailing comment
    """Function docstring.

    With several lines.
    """
    # comment inside
    return 1  # another

print(f.__doc__)
print(f.__doc__.splitlines())

class C:
    '''Class docstring with 'quotes'.'''
print(C.__doc__)
x = 1  # comment with "quotes" and 'more' and # hashes
print(x)
s = "# not a comment"
print(s)
t = '''lines with # hash
and "quotes" '''
print(t)
def no_doc():
    x = "not a docstring because not first"
    "also not"
    return x
print(no_doc.__doc__, no_doc())
def raw_doc():
    r"""Raw docstring \n stays."""
print(raw_doc.__doc__)
