a = "single 'quotes'"
b = 'double "quotes"'
c = "\u00e9\u4e2d\U0001F600"
d = "\x00\x1f\x7f\x80\xff"
e = b"\x00\x7f\x80abc'"
f = "C\u0327" + "\xc7"
g = r"raw\n"
h = "a" "b" 'c'
