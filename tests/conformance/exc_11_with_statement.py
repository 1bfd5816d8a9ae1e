class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is None)
        return self.swallow

with Ctx("a") as value:
    print("value from __enter__:", value)
with Ctx("b", swallow=True):
    raise ValueError("swallowed")
print("continues after b")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Ctx("outer", True), Ctx("inner"):
    raise IndexError("inner exits first")
for i in range(3):
    with Ctx("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
