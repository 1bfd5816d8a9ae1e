class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  len called")
        return self.n

print(bool(Sized(0)), bool(Sized(3)), "truthy" if Sized(1) else "falsy")
try:
    iter(Sized(3))
except TypeError as e:
    print(type(e).__name__, e)

class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True

print(bool(Both()), len(Both()), not Both())

class BigLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for n in [2 ** 63, -1, "3"]:
    try:
        print(len(BigLen(n)))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(BigLen(True)), bool(BigLen(2 ** 40)))
