samples = ["", "abc", "ABC", "Abc", "abc1", "123", "1.5", " ", "\t\n", "Hello World", "hello World",
           "\u00bd", "\u0663", "\u00b2", "_name", "2x", "caf\u00e9", "\u00e9", "a b", "\x07"]
checks = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
          "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("     ", " ".join(c[2:6] for c in checks))
for s in samples:
    print("%-14r" % s, " ".join(("T" if getattr(s, c)() else ".").ljust(4) for c in checks))
