class Plain(Exception):
    pass

class WithInit(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

class NoSuper(Exception):
    def __init__(self, value):
        self.value = value                # args still come from the call

class Pretty(ValueError):
    def __str__(self):
        return "pretty: " + ", ".join(map(str, self.args))

for e in [Plain(), Plain("one"), Plain("two", 2), Plain(None), Plain(""), WithInit(404, "nope"),
          NoSuper(7), Pretty("a", "b"), Exception([1, 2]), ValueError(("tuple",)), KeyError("k"), KeyError()]:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
w = WithInit(500, "boom")
print(w.code, w.args, isinstance(w, Exception), [w], str(w))
p = Plain("x")
p.args = ("changed", 1)
print(p, repr(p))
try:
    raise Pretty(1, 2, 3)
except ValueError as e:
    print("caught as ValueError:", e)
