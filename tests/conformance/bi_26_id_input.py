# id() is an integer, unique among living objects and constant for each one.
a = [1]
b = a
print(type(id(a)).__name__, id(a) == id(b), id(a) == id([1]), id(a) == id(a))
ids = [id(x) for x in (a, b, "s", None)]
print(ids[0] == ids[1], ids[1] == ids[2], id(None) == id(None), id(len) == id(len))
# input() reads a line from stdin; stdin is empty here, so it raises EOFError.
try:
    line = input()
except EOFError as e:
    print("EOFError", repr(e), e.args)
try:
    line = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
