for w in [0, 3, 6, 7, 8]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("12345\tx".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("ab\n\tc".expandtabs(3)), repr("x".center(4, "\u00e9")), "|" + "odd".center(8) + "|", "|" + "even".center(9) + "|")
for call in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill(2.0)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
