# A function's frame borrows the globals from its function; the module's frame holds them (through the function CPython runs it as).
import sys
def f(): return sys.getrefcount(globals())
def g(): return f()
print(f(), g(), sys.getrefcount(globals()))
