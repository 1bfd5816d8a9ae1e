class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

p = Pt(1, "two")
data = {"key": [10, 20], "n": 5}
print("{} {} {}".format("a", "b", "c"), "{2} {0} {1} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=31), "{0}{x}{1}".format("<", ">", x="-"))
print("{0.x} {0.y} {p.x}".format(p, p=p), "{0[key][1]} {0[n]} {d[key]}".format(data, d=data))
print("{0[0]} {1[1]}".format("ab", [7, 8]))
try:
    print("{0[-1]}".format("ab"))
except TypeError as e:
    print(type(e).__name__, e)
print("{!r} {!s} {!a}".format(p, p, "caf\u00e9"), "{0!r:>12}|{0!s:<8}|".format(p))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:06.2f}|{:,}".format(1, 2, 3, "x", 3.14159, 10 ** 7))
print("{:{}}|{:{w}.{p}f}|{:>{w}}".format("ab", 5, 2.71828, "r", w=8, p=3))
print("{{literal}} {{{}}} {{}}".format("inside"), "{:}".format("empty spec"), "{0:{0}}".format(4) + "|")
print("{0}".format([1, 2]), "{0[1]}".format({1: "int key"}), "{0[a]}".format({"a": "str key"}))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}),
                      ("{x}", (), {}), ("{0.nope}", (p,), {}), ("{0[5]}", ([1],), {}),
                      ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{:d}", ("s",), {}),
                      ("{0[}", (1,), {}), ("{:>{}}", ("a",), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
