class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx):
        return Point(self.x + dx, self.y)

p = Point(1, 2)
cases = [
    lambda: p.z, lambda: Point.z, lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(x=1, z=2),
    lambda: p.move(), lambda: p.move(1, 2), lambda: p(), lambda: p[0], lambda: len(p), lambda: iter(p),
    lambda: p + p, lambda: p < p, lambda: -p, lambda: Point.move(1), lambda: {p: 1}[Point(1, 2)],
    lambda: p.x.y, lambda: hash([p]),
]
for case in cases:
    try:
        case()
    except (AttributeError, TypeError, KeyError) as e:
        print(type(e).__name__, "|", e if type(e) is not KeyError else "KeyError for a Point")

class Weird:
    def __init__(self):
        return 5

try:
    Weird()
except TypeError as e:
    print(type(e).__name__, e)
for bad in [p, 5]:
    try:
        p[0] = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del p[0]
except TypeError as e:
    print(type(e).__name__, e)
