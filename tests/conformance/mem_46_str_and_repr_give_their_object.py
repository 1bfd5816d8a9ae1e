# PyObject_Str and PyObject_Repr give back the very str a class's __str__ or
# __repr__ returned, and so does everything built on them when the result is that
# str alone: str(), repr(), ascii() of an all-ASCII repr, format() and f-strings
# with no spec, !s / !r / !a, str.format with one field, and % with one conversion.
# A class with only __repr__ gives that str to str() too (object.__str__ calls it).

NAME = "a name, not interned"


class WithStr:
    def __str__(self):
        return NAME


class WithRepr:
    def __repr__(self):
        return NAME


s, r = WithStr(), WithRepr()
print([str(s) is NAME, f"{s}" is NAME, f"{s!s}" is NAME, format(s) is NAME, "{}".format(s) is NAME, "%s" % s is NAME])
print([repr(r) is NAME, f"{r!r}" is NAME, "{!r}".format(r) is NAME, "%r" % r is NAME])
print([str(r) is NAME, f"{r}" is NAME, "%s" % r is NAME, "{}".format(r) is NAME])
print([ascii(r) is NAME, f"{r!a}" is NAME, "%a" % r is NAME, "{!a}".format(r) is NAME])

# Anything around the conversion makes a new str.
print([f"<{s}>" is NAME, "%5s" % s is NAME, "%s!" % s is NAME, f"{s!s:>3}" is NAME, repr(s) is NAME])


# ascii() of a repr with non-ASCII characters makes a new str.
class Accented:
    def __repr__(self):
        return "café"


a = Accented()
print(ascii(a), ascii(a) is ascii(a), f"{a!a}")


# A __repr__ that returns something other than a str fails under the name of what was asked.
class Bad:
    def __repr__(self):
        return 42


for make in (lambda: repr(Bad()), lambda: str(Bad()), lambda: f"{Bad()}", lambda: f"{Bad()!r}", lambda: "%s" % Bad()):
    try:
        make()
    except TypeError as e:
        print(e)
