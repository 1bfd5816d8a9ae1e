# A format spec that fails: the whole f-string.
x = 3.5
print(f"{x:d}")
