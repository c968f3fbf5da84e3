# line continuations and implicit joins
total = 1 + \
        2 + \
        3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
values = [
    1, 2,
    3, 4,
]
print(values)
mapping = {
    'a': 1,
    'b': 2,
}
print(mapping)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
text = ("one "
        "two "
        "three")
print(text)
long_call = max(
    3,
    9,
    4
)
print(long_call)
s = 'abc' \
    'def'
print(s)
print(1 if True \
      else 2)
x = [i
     for i in range(5)
     if i % 2]
print(x)
with_comment = [1,  # first
                2,  # second
                ]
print(with_comment)
print("a"  # comment between
      "b")
t = 1, \
    2
print(t)
