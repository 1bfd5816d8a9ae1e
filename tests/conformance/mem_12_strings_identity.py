import sys

def f():
    return "shared_name"

def g():
    return "shared_name"

folded = "shared_" + "name"
print(f() is g(), f() is folded)                      # constants (folded too) are one object

def h():
    return "not an identifier, but a constant"

def k():
    return "not an identifier, but a constant"

print(h() is k())                                     # equal constants are merged across the file

built = "".join(["shared", "_", "name"])
print(built == f(), built is f(), sys.intern(built) is f())
num = str(12345)
print(num == "12345", num is str(12345))
letters = "hello"
ello = "ello"
print(letters[1] is letters[2 - 1], letters[1] is ello[0], letters[2] is chr(108), chr(955) is chr(955))
other = "o world"
print(letters[0:1] is letters[0], letters[-1] is other[0], list(letters)[2] is list(letters)[3])
word = "a" + "bc"
runtime = "".join(["a", "bc"])
abc = "abc"
print(word is abc, word == runtime, word is runtime)
d = {"key": 1}
for key in d:
    print(key is list({"key": 0})[0], key is sys.intern("".join(["k", "ey"])))
