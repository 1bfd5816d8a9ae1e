cases = [
    lambda: 1 + "2", lambda: "2" + 1, lambda: [1] + (1,), lambda: None + 1, lambda: 1 - None,
    lambda: {} * 2, lambda: [] * [], lambda: 1 / "2", lambda: "a" ** 2, lambda: 5 % [], lambda: {1} & [1],
    lambda: 1 < "2", lambda: [] > 0, lambda: None < None, lambda: {} <= {}, lambda: (1,) < [1],
    lambda: -"a", lambda: +[], lambda: ~2.0, lambda: "a" | "b", lambda: 1.5 << 1,
    lambda: 3 // None, lambda: divmod([], 1), lambda: "%d" % "x", lambda: "a" * "b",
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", [] == (), None == 0, {} != [], 1 != 1.0, "a" != "a", None != None)
