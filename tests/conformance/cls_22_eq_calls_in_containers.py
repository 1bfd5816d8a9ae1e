class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  comparing", self.name, "with", getattr(other, "name", other))
        return self.name == getattr(other, "name", None)
    def __hash__(self):
        return 1                    # every instance collides

items = {Loud("a"): 1}
items[Loud("b")] = 2                # a hash collision makes the dict compare keys
print(len(items), Loud("a") in items)
x = Loud("x")
print(x in [x], x in [Loud("y"), x])   # identity is tried before __eq__
print([Loud("p")].count(Loud("p")), [Loud("q"), Loud("r")].index(Loud("r")))
print(Loud("s") == "s", "s" == Loud("s"))   # str returns NotImplemented, so Loud.__eq__ is tried
print((Loud("t"),) == (Loud("t"),), [x] == [x], {x: 0} == {Loud("x"): 0})
