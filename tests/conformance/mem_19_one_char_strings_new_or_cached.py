# CPython caches one object per Latin-1 character, but only results built by
# slicing, indexing, iteration or a writer (%, str.format, a format spec) go
# through that cache. Case mapping, replace, join of several pieces, padding
# and an int's decimal text (str, repr, f-string without spec) are built with
# PyUnicode_New: a new object even for one character. (Found by the fuzzer.)
import sys

def new(s):
    return s is not chr(ord(s)) and sys.getrefcount(s) == 2

print('new:', new('a'.upper()), new('A'.lower()), new('a'.title()), new('A'.swapcase()),
      new('a'.capitalize()), new('A'.casefold()), new('5'.upper()))
print('new:', new(str(7)), new(repr(7)), new(f'{7}'), new(f'{7!r}'), new(format(7)),
      new('{!s}'.format(7)), new(ascii(7)))
print('new:', new('ab'.replace('b', '')), new('-'.join(['', ''])), new(''.join(['x', ''])),
      new(''.ljust(1, '*')), new(''.zfill(1)), new(f'{7}{""}'))
print('cached:', new('ab'[0]), new('xy'.strip('x')), new('a b'.split()[1]), new(str(17)[1]),
      new('%d' % 7), new('{}'.format(7)), new(f'{7:d}'), new(format(7, 'x')), new(chr(98)))
s = str(3)
t = str(3)
print(s == t, s is t, s is chr(51))
