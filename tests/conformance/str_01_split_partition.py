s = "  a b\tc\n\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("x--y--z".split("--"), "x--y--z".rsplit("--", 1), "aaa".split("a"), "abc".split("abc"))
print("one two".split(maxsplit=0), "one  two  three".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("no newline".splitlines(), "\n".splitlines(), "x\x0by\x0cz\x1cw\u2028v".splitlines())
for call in [lambda: "a b".split(""), lambda: "a".partition(""), lambda: "a".rsplit(""),
             lambda: "a".split(1), lambda: "a".partition(None)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
