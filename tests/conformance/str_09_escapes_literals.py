print("tab\there", 'single\'s', "double\"s", "back\\slash", "bell\a".endswith("\x07"))
print("\101\102\103", "\x41\x42", "\u0041\U00000042", "\0" == "\x00", len("\77"), "\77")
print(r"raw\nstring", r"\t", len(r"\n"), R"C:\path\to", r"quote\"inside")
print("adjacent " "literals " 'are ' """joined""")
print("""triple "quoted" with 'both'""", '''and "another"''')
print("line one\
 continues here")
multi = """first
  second
third"""
print(multi.split("\n"), len(multi))
print(repr("\r\n"), repr("\v\f"), repr("\x1b[0m"), repr("tab\t"), repr("é"))
print("\u00e9" == "é", "\xe9" == "é", len("\U0001F600"), "\u20ac" == "€")
