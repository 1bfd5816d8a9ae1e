for s in ["hello world", "HELLO", "they're bill's friends", "hello-WORLD_x 3rd", "ßtraße", "ǅemal", "İstanbul", "ﬁne"]:
    print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print("ABC".lower() is "ABC".lower(), "abc".upper() == "ABC", "MiXeD".swapcase().swapcase())
print("hello"[0].upper() + "hello"[1:], "12abc".capitalize(), "aBC dEF".title(), "".title())
