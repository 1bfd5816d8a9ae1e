import sys

# Objects made at run time start with one reference (their name).
print(sys.getrefcount(float("2.5")), sys.getrefcount([]), sys.getrefcount(int("1000")))
made = float("7.5")
print(sys.getrefcount(made))
pair = [made, made]
print(sys.getrefcount(made))
pair = None
print(sys.getrefcount(made))
text = "-".join(["run", "time"])
print(sys.getrefcount(text))
big = 7 ** 77                                   # not folded, so not held by the code object
print(sys.getrefcount(big))
copy_ = big
print(sys.getrefcount(big))

def compute():
    local = int("123456789")
    return sys.getrefcount(local)

print(compute())
