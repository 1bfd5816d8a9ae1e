# A two-character operator gets two carets.
a = 10
print(a // 0)
