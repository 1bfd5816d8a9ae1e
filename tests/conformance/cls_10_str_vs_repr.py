class Both:
    def __str__(self):
        return "Both-str"
    def __repr__(self):
        return "Both-repr"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"

b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)                                  # print uses str()
print([b, r], (b,), {"k": b}, {1: r})           # containers use repr() of their items
print(str(b), repr(b), str(r), repr(r), str(s), repr(s).startswith("<__main__.OnlyStr object at 0x"))
print(f"{b} {b!r} {r} {s!s}", "%s %r" % (b, b), "{} {!r}".format(b, r))
print(str([s])[:25], "+".join([str(b), str(r)]))

class BadStr:
    def __str__(self):
        return 42

try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class Nested:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return "Nested(" + repr(self.inner) + ")"

print(Nested([Nested("a"), Nested(None)]), [Nested({1: Nested(())})])
