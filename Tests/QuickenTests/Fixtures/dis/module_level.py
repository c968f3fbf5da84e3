import sys
x = [1, 2]
y = {"a": x}
for i in x:
    print(i)
if x:
    y = 2
else:
    y = 3
while x:
    x.pop()
try:
    z = 1
except Exception:
    z = 2
with open("f") as fh:
    data = fh.read()
