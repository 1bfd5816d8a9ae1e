s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("a", 0, 5), s.rfind(""), s.find("", 20), s.find("", 11))
print(s.index("c"), s.rindex("a"), s.index("a", -4), s.find("a", -100, -8), s.find("ra", -3))
print(s.count("a"), s.count("bra"), s.count(""), "aaaa".count("aa"), s.count("a", 3), s.count("a", 3, 8))
print("".count(""), "".find(""), "abc".count("", 1), "bra" in s, "" in s, "arb" not in s)
print(s.startswith("abra"), s.startswith(("x", "ab")), s.startswith("cad", 4), s.startswith("", 11))
print(s.endswith("bra"), s.endswith(("cad", "abra")), s.endswith("cad", 0, 7), s.endswith("a", 0, -1))
for call in [lambda: s.index("z"), lambda: s.rindex("zz"), lambda: s.index("a", 11), lambda: s.count(1),
             lambda: s.startswith(["a"]), lambda: s.endswith(1), lambda: 5 in s, lambda: s.find()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
