# object.__new__ is a builtin taking *args and **kwargs: called from Python, its
# arguments are packed into a tuple first (from the tuple free list, or a new one the
# collector counts), and object_new gets the ones after the class as another tuple.
import gc
import sys


class Plain:
    pass


class Made:
    def __new__(cls, *args):
        return object.__new__(cls)

    def __init__(self, *args):
        self.args = args


class Super(Made):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


def counted(label, make):
    gc.collect()
    before = gc.get_count()[0]
    first = make()
    middle = gc.get_count()[0]
    second = make()
    after = gc.get_count()[0]
    sys.stdout.write("%s %d %d\n" % (label, middle - before, after - middle))
    return first, second


counted("object.__new__(Plain)", lambda: object.__new__(Plain))
counted("Made()", lambda: Made())
counted("Made(1, 2)", lambda: Made(1, 2))
counted("Super(1)", lambda: Super(1))
made = [Made(i) for i in range(3)]
print([type(m).__name__ for m in made], made[2].args)
print(Super(7).args)
