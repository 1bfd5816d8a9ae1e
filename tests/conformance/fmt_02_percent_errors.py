cases = [
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s", ()), ("%(k)s", {"j": 1}),
    ("%(k)s", (1,)), ("%z", 1), ("%c", "ab"), ("%c", 1114112), ("%x", 1.5), ("%f", "1"),
    ("%", 1), ("%d", None), ("%c", 2.0), ("%*d", ("a", 1)), ("no specs", 5), ("%.f %s", (1.0,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s %s" % ("tuple", "ok"), "%s" % {"a": 1}, "%s %%" % [1], "%d%%" % 50)
print("%(a)s %(a)s" % {"a": [1]}, "%s" % {"used": "as a value"}, "%s" % (None,))
