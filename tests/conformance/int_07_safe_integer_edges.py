# Arithmetic at the edge of 2**53, where a JS engine's doubles stop being exact:
# every result must be the exact integer, whatever the signs.
edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**26, -(2**26), 2**26 + 1, 2**31 - 1,
         2**52 - 1, 2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, -(2**53 + 1), 3**33, -(3**33)]

checksum = 0
for a in edges:
    for b in edges:
        results = [a + b, a - b, a * b]
        if b != 0:
            results += [a // b, a % b, divmod(a, b)[0]]
        for r in results:
            checksum = (checksum * 31 + r) % (2**61 - 1)
print(checksum)

print(94906265 * 94906265, 94906267 * 94906267)   # 2**53 lies between the two squares
print((2**53 - 1) * 1, (2**53 - 1) + 1, -(2**53 - 1) - 1, -(2**53 - 1) - 2)
print(0 * -5, -0 * 5, (0 * -5) is 0, -7 * 0)
print((2**53 - 1) // 3, (2**53 - 1) % 3, (2**53 - 2) // 7, (2**53 - 2) % 7)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
x = 10
x *= 2**50
print(x, type(x))
x //= 3
x %= 1000003
print(x)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True * 3, True + True, False // True, type(True * 1))
