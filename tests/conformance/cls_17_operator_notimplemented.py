class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a == Vec(1, 2), a != b, a == (1, 2))
total = a
total += b                        # no __iadd__: += falls back to __add__ and rebinds
print(total, a, total is a)
for call in [lambda: a + 1, lambda: 1 + a, lambda: a - b, lambda: a < b, lambda: sum([a, b]), lambda: -a]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([a, b], Vec(0, 0)), {a: "first"}[Vec(1, 2)])
