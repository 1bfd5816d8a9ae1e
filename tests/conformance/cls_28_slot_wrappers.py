# Slot wrappers: a builtin type's special methods reached by name.
import gc
import sys

print(int.__add__, type(int.__add__).__name__)
print(object.__init__, list.__len__, str.__repr__)
# A few dunders are plain methods (the type lists them beside the slot).
print(type(list.__getitem__).__name__, type(dict.__contains__).__name__, type(tuple.__getitem__).__name__)
print(type((1).__add__).__name__, (1).__add__.__name__, (1).__add__.__qualname__)
print(repr((5).__add__).startswith("<method-wrapper '__add__' of int object at 0x"))
print(int.__add__(1, 2), int.__sub__(10, 4), object.__eq__(1, 1), object.__eq__(1, 2))
print(list.__len__([1, 2, 3]), str.__add__("a", "b"), (3).__mul__(4), "x".__eq__("x"))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)


class Point:
    def __init__(self, x):
        super().__init__()
        self.x = x


p = Point(1)
print(type(p.__eq__).__name__, p.__eq__(p), p.__ne__(p), p.__eq__(1))
print(p.__eq__.__self__ is p, type(Point.__eq__).__name__)

# A bound slot wrapper holds its object.
before = sys.getrefcount(p)
bound = p.__repr__
print(sys.getrefcount(p) - before, bound() == repr(p))
del bound
print(sys.getrefcount(p) - before)

# Wrong receivers and arguments.
for call in (lambda: int.__add__("a", 1), lambda: int.__add__(), lambda: (1).__add__(2, x=3), lambda: object.__eq__()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# The tuples the calls pack, counted by the collector like any container.
gc.collect()
gc.disable()
start = gc.get_count()[0]
for i in range(50):
    int.__add__(i, 1)
    p.__eq__(p)
    bound = p.__ne__
    bound(p)
print(gc.get_count()[0] - start)
gc.enable()

# Each slot's wrapper takes its own number of arguments.
calls = [
    lambda: 'a'.__setattr__(1, 2, 3), lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: (1).__neg__(1),
    lambda: (1).__pow__(), lambda: (1).__pow__(1, 2, 3), lambda: [].__len__(1), lambda: int.__repr__(1, 2),
    lambda: [1].__setitem__(0), lambda: {}.__delitem__(), lambda: (1).__bool__(2), lambda: object.__eq__(1),
    lambda: (1).__lt__(), lambda: object().__delattr__(), lambda: iter([]).__next__(1), lambda: (1).__hash__(1),
    lambda: [].__iadd__(), lambda: [].__contains__(), lambda: (1).__rpow__(), lambda: (2).__pow__(3, 5),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# divmod's slots, and object.__init__ called by name with too much.
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(2))


class Nested:
    class Inner:
        pass


for call in (lambda: object().__init__(1), lambda: Nested.Inner().__init__(1), lambda: Nested.Inner(1), lambda: object.__init__(Point(1), 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
