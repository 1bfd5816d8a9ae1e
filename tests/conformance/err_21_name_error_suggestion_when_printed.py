# CPython 3.11 picks the "Did you mean" name when it prints the traceback, from the
# names that exist then: the finally block deleted x0 first. (Found by the fuzzer.)
x0 = 1
g0 = 2
try:
    s0
finally:
    del x0
