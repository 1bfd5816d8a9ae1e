print(pow(2, 100), pow(2, 100, 10 ** 9 + 7), pow(3, 10 ** 18, 10 ** 9 + 9), pow(5, 0, 7), pow(0, 5, 7))
print(pow(-2, 5, 7), pow(2, 5, -7), pow(-2, 5, -7), pow(7, -1, 13), pow(7, -2, 13), pow(12345, -1, 10 ** 9 + 7))
inverse = pow(38, -1, 97)
print(inverse, 38 * inverse % 97, pow(2, -1, 1), pow(10, 3, 1))
print(pow(2, 1000) % 10 ** 10 == pow(2, 1000, 10 ** 10), pow(123456789, 123456789, 987654321))
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -5, type(2 ** -1).__name__, 2 ** 0, 0 ** 0, (-1) ** 10 ** 10)
for args in [(6, -1, 9), (2, 3, 0), (0, -1, 5), (2, -1, -4)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(type(e).__name__, e)
