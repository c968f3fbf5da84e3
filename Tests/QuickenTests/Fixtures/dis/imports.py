import os
import os.path
import a.b.c as d
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg import thing
from math import *
def f():
    import sys
    from json import dumps
    return sys, dumps
print(os.getcwd())
