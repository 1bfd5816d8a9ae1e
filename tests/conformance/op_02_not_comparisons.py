# not binds looser than comparisons, which bind looser than arithmetic and bitwise operators.
print(not 1 == 2, not (1 == 2), (not 1) == 2, not 1 < 2 < 3, not [] == [], not None is None)
print(1 + 1 == 2, 1 & 1 == 1, (1 & 1) == 1, 1 | 2 == 3, 6 & 3 < 5, 1 << 2 == 4, 1 << 2 + 1, 1 + 2 << 1)
x = [1]
y = x
print(not 1 in [1, 2], 1 not in [1, 2], not x is y, not x is not y, x is not None)
print(True == 1 in [1], (True == 1) in [1], 0 == 0 in [0], 1 < 2 == 2 > 1, 1 == 1 != 2, 2 in [2] in [[2]])
print(1 < 2 and 2 < 3 or 0, not 0 and 1, not (0 and 1), 0 or not 0, [] or [] == [], "" == "" or 1)
print(5 > 3 > 1, 5 > 3 < 4, 1 < 3 > 2 < 4 > 0, 3 > 2 == True, (3 > 2) == True, 1 <= 1 >= 1 == 1)
print(1 ^ 3 & 2 | 4, (1 ^ 3) & (2 | 4), 5 & 3 ^ 1, 2 ** 2 << 1, -1 >> 1 | 8, ~1 & 0xF, 3 & -3)
