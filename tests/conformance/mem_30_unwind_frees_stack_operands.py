# An exception leaving a frame pops that frame's value stack, top first, right
# away (CPython 3.11's exception_unwind): the operands of the failed operation
# and a half-built list or call die before any handler runs. The frame object
# the traceback keeps takes over only the locals, which die with the traceback.
# (Found by the differential fuzzer: reflected comparison operands at exit.)
class C:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print('del', self.v)

    def __lt__(self, other):
        return self.v < other.v


def build():
    keep = C('local')
    return [C('item 1'), C('item 2'), 1 / 0]


try:
    build()
except ZeroDivisionError as e:
    print('handler runs')
print('after the handler')

try:
    print(C('left') > C(None))
except TypeError as e:
    print('handler runs')
print('after the handler')


def pair(a, b):
    return a.v + b


try:
    print(C('argument'), pair(C('first'), 1))
except TypeError as e:
    print('handler runs')
print('after the handler')
held = C('global')
print(C(0) > C(None))
