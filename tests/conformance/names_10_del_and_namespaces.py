a = 1
b = [a, a]
del a                              # removes the name; the list still refers to the int
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
print(b)
x = y = [1, 2]
del x
print(y)
p, q, r = 1, 2, 3
del p, q
print(r)
items = [0, 1, 2, 3]
del items[0], items[-1]            # left to right: the second del sees the shortened list
print(items)
d = {"k": 1, "j": 2}
del d["k"]
print(d)

class Box:
    pass
box = Box()
box.attr = 5
del box.attr
print(hasattr(box, "attr"))
for action in [lambda: d.pop("nope"), lambda: delattr(box, "attr")]:
    try:
        action()
    except (KeyError, AttributeError) as e:
        print(type(e).__name__, e)

def local_del():
    v = 1
    del v
    v = 2
    return v

print(local_del())
