s = "\t  hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("cmowz."))
print("www.example.com".rstrip("cmowz."), repr("   ".strip()), repr("".strip("a")), "aaa".strip("a") == "")
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"), "abc".removeprefix("x"))
print("abcabc".removeprefix("abc"), "abc".removesuffix(""), "mississippi".rstrip("ips"))
print(repr("\u00a0nbsp\u3000".strip()), repr("\x1c\x1dx\x1e\x1f".strip()), "  x  ".strip(None))
for call in [lambda: "x".strip(1), lambda: "x".removeprefix(None), lambda: "x".lstrip(["x"])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
