# str(True) and repr(False) are static strings in CPython 3.11 (bool_repr returns
# &_Py_ID(True)): the same object every time, and no new memory. str(None) is
# made anew each time (none_repr builds it), as are the digits of an int.
a, b = str(True), str(True)
print(a is b, repr(False) is repr(False), f"{False}" is str(False), f"{True!r}" is repr(True))
print(str(None) is str(None), repr(None) is repr(None), str(7) is str(7))
print(format(True) is str(True))
texts = [str(i % 2 == 0) for i in range(6)]
print(len({id(t) for t in texts}), texts[0] is texts[2], texts[1] is texts[3])
# "%s" % x is the very str PyObject_Str gave when the format is that alone.
b, n, s = True, 5, str(7)
print(("%s" % b) is str(True), ("%s" % s) is s, ("%s" % n) == "5", ("%s" % "ab") == "ab")
