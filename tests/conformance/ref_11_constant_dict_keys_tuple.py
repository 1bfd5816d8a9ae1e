# A dict display with 2 to 15 constant keys compiles to BUILD_CONST_KEY_MAP:
# the keys go into one constant tuple of the code object, which holds one more
# reference to each key for as long as the code lives (and equal tuples are
# merged). (Found by the differential fuzzer.)
import sys

x = 3.0
d = {'': 0, 3.0: 0}
print(sys.getrefcount(x), d)
y = 7.5
def f():
    return {7.5: 1, 'z': 2, -1: 3, (1, 2): 4}
print(sys.getrefcount(y), f())
z = 9.25
one = {9.25: 'only one key: BUILD_MAP'}
print(sys.getrefcount(z))
w = 4.5
v = 1
computed = {4.5: 1, v: 2}
print(sys.getrefcount(w), computed)
