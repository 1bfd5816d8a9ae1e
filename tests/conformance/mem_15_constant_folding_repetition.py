# CPython's AST optimizer folds a str or tuple constant repeated by an int constant
# (up to 4096 characters, 256 items and 1024 nested items), and equal constants of a
# file are one object. (Found by the differential fuzzer.)
a = (255,) * 2
b = (255,) * 2
print(a is b)
t = ('a', 1) * 3
print(t is ('a', 1, 'a', 1, 'a', 1))
c = 3 * (7,)
print(c is (7, 7, 7))
x = ((1, 2), (3, 4)) * 128
y = ((1, 2), (3, 4)) * 128
print(x is y, len(x))
big1 = ('x',) * 300
big2 = ('x',) * 300
print(big1 is big2)
deep1 = ((1, 2, 3, 4, 5, 6, 7, 8, 9),) * 200
deep2 = ((1, 2, 3, 4, 5, 6, 7, 8, 9),) * 200
print(deep1 is deep2)
s1 = 'ab' * 2048
s2 = 'ab' * 2048
print(s1 is s2)
s3 = 'ab' * 2049
s4 = 'ab' * 2049
print(s3 is s4)
e1 = () * -5
print(e1 is ())
