# Unicode identifiers, continuations, indentation styles, comments.
café = 1
π = 3.14
変数 = 'value'
_private = __dunder__ = 0
match = case = type = _ = 1
match(x)
type(x)
x = [
    1,
    2,  # comment
    3,
]
y = (1 +
     2 +
     3)
z = 1 + \
    2 + \
    3
if True:
	pass  # tab indentation
if True:
        x = 1
        if False:
                y = 2
def f():

    # blank lines and comments inside blocks

    return 1


class A:
    pass
    # trailing comment
x = 1 ;
print(x)
