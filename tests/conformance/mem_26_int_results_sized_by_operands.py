# CPython 3.11 allocates the result of + - * on ints by the operands' lengths in
# 30-bit digits, not by the result's: adding magnitudes takes one digit more than
# the longer operand, subtracting them as many, a product the sum of both. So
# 2**31 + 1 (two digits of value) sits in a three-digit, 48-byte block, the size
# class of a list iterator (40 bytes with its GC header, the object 16 bytes in),
# and its id comes back to one. One-digit operands, sum() and math.prod() within
# 64 bits make exact ones.
import gc
import math
gc.collect()
one = len('a')
big = 2 ** 31
print(id(big + one) == id(iter([])) - 16)
print(id(big - one) == id(iter([])) - 16)
print(id(big * one) == id(iter([])) - 16)
print(id(-big - one) == id(iter([])) - 16)
print(id(big - (-one)) == id(iter([])) - 16)
print(id(2 ** 29 + 2 ** 29 + one) == id(iter([])) - 16)
print(id(sum([big, one])) == id(iter([])) - 16)
print(id(math.prod([big, one])) == id(iter([])) - 16)
x = 10 ** 30
print(id(x + one) == id(x * 3), id(x + one) == id(x - one), id(x * x) == id(x + x))
print(big + one, big - one, -big - one, x * x - x)
