# In 3.11 an AttributeError keeps the object it was raised for (e.obj) and the name
# (e.name): `del o` in the handler does not free the object; it dies with the error
# at the end of the except block. (Found by the differential fuzzer.)
import sys
class C:
    def __del__(self):
        print('del')
o = C()
try:
    o.missing
except AttributeError as e:
    print(e.name, e.obj is o, sys.getrefcount(o))
    del o
    print('handler')
print('after')
try:
    (5).nope
except AttributeError as e:
    print(e.name, e.obj)
print(hasattr(C(), 'x'))
print(getattr(C(), 'x', 1))
