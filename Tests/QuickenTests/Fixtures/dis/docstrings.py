"""Module docstring."""
def f():
    """Function docstring.

        Indented line.
    """
    return 1
def g():
    return 2
class C:
    """Class doc."""
