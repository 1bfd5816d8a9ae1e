# copy is not loaded when a program starts: its first import runs copy.py, whose
# functions, dicts and classes (and the temporaries the free lists keep) stay counted
# in generation 0: about 48 more at a program's start (48 or 49 as what compiling the
# program left in the free lists differs; the engine counts 48). A second import runs
# nothing.
import gc

a = gc.get_count()[0]
import copy
b = gc.get_count()[0]
import copy
c = gc.get_count()[0]
print(45 <= b - a <= 52, c - b)
