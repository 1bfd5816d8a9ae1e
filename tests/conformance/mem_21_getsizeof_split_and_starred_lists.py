# Lists whose allocation is not their length. str.split() and rsplit() start
# from PyList_New(min(maxsplit + 1, 12)) and only set the size at the end;
# splitlines() appends. A starred display pushes the items before the first
# star into BUILD_LIST, then extends (a fresh list preallocates exactly,
# rounded up to even). A starred target gets list(iterator), preallocated from
# the iterator's length hint, and keeps it. (Found by the differential fuzzer.)
import sys

for s in ['', 'a', 'a b c', ' '.join('x' * 12), ' '.join('x' * 13)]:
    print(len(s.split()), sys.getsizeof(s.split()), sys.getsizeof(s.split(' ')),
          sys.getsizeof(s.rsplit()), sys.getsizeof(s.split(None, 2)), sys.getsizeof(s.splitlines()))
print(sys.getsizeof('a'.split('bb')), sys.getsizeof('a,b'.split(',', 0)), sys.getsizeof('a\nb'.splitlines()))

a = [1, 2, 3]
b = (4, 5)
print(sys.getsizeof([*a]), sys.getsizeof([*a, *b]), sys.getsizeof([0, *a]), sys.getsizeof([*a, 0]))
print(sys.getsizeof([1, 2, 3, 4, 5, 6, *a]), sys.getsizeof([*range(10)]), sys.getsizeof([*a, *range(5)]))
x, *rest = range(10)
print(rest, sys.getsizeof(rest))
*rest, y = [1, 2, 3, 4, 5]
print(rest, sys.getsizeof(rest))
x, *rest, y = (1, 2, 3, 4, 5, 6, 7)
print(rest, sys.getsizeof(rest))
x, *rest = 'abcdefgh'
print(len(rest), sys.getsizeof(rest))
x, *rest = [1]
print(rest, sys.getsizeof(rest))
