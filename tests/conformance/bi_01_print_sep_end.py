# print() joins its arguments with sep and finishes with end.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": "v"})
print("no newline", end="")
print(" | continued", end="\n\n")
print("sep None means a space:", 1, 2, sep=None)
print("end None means a newline", end=None)
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], sep="never shown")
print("tab", "sep", sep="\t")
print("multi\nline", "arg")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
