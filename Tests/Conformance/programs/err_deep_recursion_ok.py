# deep but legal recursion (depth 900, below the default limit of 1000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))

def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(900)
d = 0
cur = nested
while cur:
    cur = cur[0]
    d += 1
print(d)

def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(900))))

class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(850):
    head = Node(i, head)
print(head.length())
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 100 == 0 else acc)
print(count_down(900, []))
