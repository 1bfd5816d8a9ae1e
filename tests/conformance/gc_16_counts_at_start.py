# A program starts with what CPython's start-up left counted: generation 0 holds the
# net allocations made since its last collection (so the first automatic collection
# comes well before 700 allocations into the program), and generation 2 counts the two
# generation-1 collections start-up ran. (What compiling the program leaves counted
# comes on top, and varies with the program: CPython counts 248 for some programs this
# short, 286 for one with a class and two methods; this one is the one measured.)
import gc
print(gc.get_count())
