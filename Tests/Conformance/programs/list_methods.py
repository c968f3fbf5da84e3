# list methods
lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5)
print(lst)
lst.extend([3, 5])
print(lst)
lst.insert(0, 100)
lst.insert(-1, 200)
lst.insert(1000, 300)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2))
print(lst)
lst.remove(1)
print(lst)
print(lst.index(5), lst.index(5, 5), lst.count(5), lst.count(42))
lst.reverse()
print(lst)
c = lst.copy()
c.sort()
print(c, lst is c)
c.clear()
print(c)
try:
    c.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    lst.remove(999)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(999)
except ValueError as e:
    print("ValueError:", e)
try:
    lst[100]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop(3)
except IndexError as e:
    print("IndexError:", e)
print(len(lst), lst[0], lst[-1], min(lst), max(lst), sum(lst))
print([1, 2] * 3, [0] * 0, [[]] * 2)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m2 = [[0] * 2 for _ in range(2)]
m2[0][0] = 1
print(m2)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 99], [] < [0])
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}))
x = [1, 2, 3]
x += "ab"
print(x)
x[1:1] = [9]
print(x)
print(x.__len__(), 9 in x, "z" in x)
a = [1, 2]
b = a
a = a + [3]
print(a, b)
print([i for i in reversed([1, 2, 3])])
l2 = [5, 3, 8]
l2[1] = l2
print(l2)
print(repr([1, "a", 2.5, None, True, [2]]))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], str(nested))
print(lst.index(9) if 9 in lst else -1)
