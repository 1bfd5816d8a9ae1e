# An expression inside an f-string.
x = None
print(f"{x.y}")
