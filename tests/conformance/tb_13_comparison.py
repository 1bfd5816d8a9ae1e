# A failed comparison is underlined whole.
print(1 < "a")
