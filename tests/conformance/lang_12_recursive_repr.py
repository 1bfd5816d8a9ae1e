a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"name": "d"}
d["self"] = d
d["list"] = [d, a]
print(d)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
nested = [[[]]]
nested[0][0].append(nested)
print(nested, len(str(nested)))

class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "Box(" + repr(self.items) + ")"

b = Box()
b.items.append(b.items)
print(b, [b, b])
s = {"k": [1]}
s["k"].append(s)
print(s, f"{s}", "%s" % (s,), "{}".format([s]))
