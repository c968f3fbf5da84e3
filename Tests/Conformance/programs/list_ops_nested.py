# nested lists, aliasing, copying
a = [1, [2, 3], [4, [5, 6]]]
b = a
c = a[:]
d = list(a)
a[0] = 100
a[1].append(99)
print(a, b, c, d)
print(a is b, a is c, a[1] is c[1])
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
e = deep_copy(a)
e[2][1][0] = "changed"
print(a, e)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
stack = []
for ch in "([]{()})":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print(opener + ch, end=" ")
print("| stack empty:", stack == [])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
lst = [5, 3, 8, 1]
lst.sort()
lst.insert(2, 4)
print(lst, lst[::-1], lst[1:-1])
lst[1:3] = []
print(lst)
nested = [[3, 2], [1], [], [5, 4, 6]]
print(sorted(nested), sorted(nested, key=len), [sorted(x) for x in nested], max(nested, key=sum))
print([x for sub in nested for x in sub])
print(list(map(list, zip([1, 2], [3, 4]))))
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2]] < [[1, 3]], [1, [2]] in [[1, [2]], 0])
m = [[1, 2], [3, 4]]
m2 = [row[:] for row in m]
m2[0][0] = 9
print(m, m2)
print(len([[]]), len([[], []]), [[]] * 3, [[] for _ in range(2)])
