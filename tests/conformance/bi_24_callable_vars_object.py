class Greeter:
    kind = "polite"
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name

class Callme:
    def __call__(self, x):
        return x * 2

g = Greeter("ann")
print(callable(g), callable(g.greet), callable(Greeter), callable(len), callable(lambda: 0))
print(callable(5), callable("str"), callable(None), callable(Callme()), Callme()(21))
print(vars(g), vars(g) is vars(g))
v = vars(g)
v["extra"] = 1                       # vars() returns the instance's own namespace
print(g.extra, sorted(k for k in vars(Greeter) if not k.startswith("__")))
o = object()
print(type(o).__name__, isinstance(g, object), issubclass(Greeter, object), object() == object())
for call in [lambda: vars(5), lambda: vars(o), lambda: setattr(o, "x", 1), lambda: o.x, lambda: object(1)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for bad in [5, g, "f"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
