class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "dims"), getattr(p, "z", "default"), getattr(Point, "dims"))
print(hasattr(p, "y"), hasattr(p, "z"), hasattr(Point, "x"), hasattr(p, "__init__"))
setattr(p, "z", 3)
setattr(p, "x", [p.x])
print(p.z, p.x, vars(p))
delattr(p, "z")
print(hasattr(p, "z"), vars(p))
setattr(Point, "dims", 3)
print(p.dims, Point.dims, getattr(p, "with space", "odd names need getattr"))
setattr(p, "with space", 1)
print(getattr(p, "with space"), "with space" in vars(p))
for call in [lambda: getattr(p, "missing"), lambda: delattr(p, "missing"), lambda: getattr(Point, "x"),
             lambda: getattr(p, 5), lambda: setattr(p, None, 1), lambda: hasattr(p, 1),
             lambda: setattr(5, "x", 1), lambda: delattr(p, "dims"), lambda: getattr([], "push")]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
