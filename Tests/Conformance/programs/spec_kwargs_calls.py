# Specialization pattern: keyword calls (CALL_KW stays generic) versus positional calls.
def area(width, height, scale=1):
    return width * height * scale


total = 0
for i in range(200):
    total += area(i, 2)
    total += area(width=i, height=3)
    total += area(i, 4, scale=2)
print(total)
