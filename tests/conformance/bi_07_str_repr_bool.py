values = [0, -12, 2.5, 1e100, None, True, "text", "it's", 'say "hi"', [1, "a"], (1,), (), {"k": [None]}, {3}, set()]
for v in values:
    print(str(v), "|", repr(v))
print(str(), repr(""), str("already"), str(0.1))
print(repr(frozenset()), repr(frozenset([2])), repr(range(3)), repr(slice(1, 2)), repr(None))
print(repr("\\"), repr("\t\n\r"), repr("\x00\x1f\x7f"), repr("caf\u00e9"), repr("\u20ac"))
print(repr("'"), repr('"'), repr("'\""), repr("\x80\xa0\xad"), repr("\U0001f600"), repr("\u2028"))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(None), bool(1e-300))
print(bool("False"), bool(float("nan")), bool(-1), str(True), repr(False))

class Plain:
    pass

print(bool(Plain()), str(True + True), repr(str), str(int))
print(str(123456789012345678901234567890), repr(-0.0), str(1.0), str(1e16), str(1e-5))
