# Various string literal forms
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
print(a, b)
print(c)
print(d)
print(repr(c))
print('it\'s', "say \"hi\"")
print("mixed 'quotes' inside")
print('mixed "quotes" inside')
print(repr('both \' and "'))
print(repr("only '"))
print(repr('only "'))
print(len(''), len(""), len(''''''), len(""""""))
print("""a "quoted" word""")
print('''a 'quoted' word''')
e = """line1
line2\
 continued
line3"""
print(e)
print(repr(e))
print("tab\there")
print(repr("tab\there"))
print("new\nline")
print("back\\slash")
print(repr("back\\slash"))
print("bell\a".encode())
print(repr("\x00\x01\x1f\x7f"))
print(repr("\r\n\t\v\f\b"))
print("abc" "def" 'ghi')
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
print(type(s).__name__, len(s))
