s = "python"
print(s[0], s[-1], s[2:4], s * 2, 2 * s, s * 0, s * -3 == "", s + "3", "py" in s, s < "pz", s > "Python")
print("a" < "b" < "c", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", min("bca"), max(["b", "ab"]))
print(len(s * 3), "ab" * True, ("=" * 10), "%s" % s, len(s[::2]))
for call in [lambda: s[6], lambda: s[-7], lambda: s + 1, lambda: 1 + s, lambda: s * 2.0, lambda: s * "2",
             lambda: s - "n", lambda: s < 3, lambda: s["a"], lambda: s[1.5], lambda: -s, lambda: s.missing]:
    try:
        call()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    s[0] = "P"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
