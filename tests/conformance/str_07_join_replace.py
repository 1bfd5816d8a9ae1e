print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join({"k1": 1, "k2": 2}), "+".join(("1",)))
print(" ".join(str(n) for n in range(5)), "\n".join(["line1", "line2"]))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "hello".replace("l", ""))
print("ababab".replace("aba", "X"), "spam".replace("spam", "eggs"), "a.b.c".replace(".", "..", 1))
s = "unchanged"
print(s.replace("zzz", "y") == s, s.replace("zzz", "y") is s)
for bad in [["a", 1], [None], ["x", ["y"]]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for call in [lambda: ",".join(5), lambda: "a".replace(1, "b"), lambda: "a".replace("a"), lambda: ",".join("a", "b")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
