# operator precedence and misc
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -2)
print(not True == False, (not True) == False)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, ~5, -~5, ~-5)
print(7 // 2 * 2 + 7 % 2)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(True + True, True * 10, False - 1)
print("ab" * 3, 3 * [0], [1, 2] + [3])
print(1 if 0 else 2 if 0 else 3)
print(5 & 3, 5 | 3, 5 ^ 3, 5 << 2, 5 >> 1, -5 >> 1)
print(0 and 1 / 0, 1 or 1 / 0)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
a = [1, 2]
b = a
b += [3]
print(a, a is b)
t = (1, 2)
u = t
u += (3,)
print(t, u)
s = "x"
s *= 3
print(s)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 0b111; n ^= 0b101
print(n)
f = 7.0
f /= 2
print(f)
print(3 == 3.0, 1 == True, hash(1) == hash(1.0) == hash(True))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print([1, 2] == [1, 2], (1, 2) < (1, 3), "abc" > "abd")
print(1 in (1, 2), "b" in "abc", 3 not in [1, 2])
print(str(1) + "1", int("1") + 1)
