# CPython 3.11 charges the recursion limit for C-level checks too, not only for
# Python frames: repr() of an object (PyObject_Repr), str(), comparisons
# (PyObject_RichCompare) and calls of builtins or classes each take one level.
# A __repr__ recursing through repr() so stops after about a third of the
# frames, an __eq__ through == after about half, and the message names the
# check that ran out. (Found by the differential fuzzer.) A low limit keeps the
# JavaScript stack of an in-process recording well within bounds.
import sys
sys.setrecursionlimit(150)

class Node:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Node(' + repr(self.v) + ')'
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __hash__(self):
        return hash(self.v)

n = Node(1)
n.v = n
m = Node(2)
m.v = [m]
for label, action in [('repr', lambda: repr(n)), ('repr via list', lambda: repr(m)),
                      ('eq', lambda: n == Node(n)), ('lt', lambda: n < n),
                      ('hash', lambda: hash(n)), ('print', lambda: print(n)),
                      ('f-string', lambda: f'{n!r}')]:
    try:
        action()
    except RecursionError as e:
        print(label, '->', e)

depth = 0
class Deep:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)
class DeepEq:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other
for make, op in [(Deep, repr), (DeepEq, lambda x: x == 1)]:
    for limit in (150, 100):
        sys.setrecursionlimit(limit)
        depth = 0
        try:
            op(make())
        except RecursionError as e:
            print(make.__name__, limit, depth, e)
