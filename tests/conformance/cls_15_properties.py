class Circle:
    def __init__(self, radius):
        self.radius = radius             # goes through the setter
        self.reads = 0

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        print("  setting radius to", value)
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._radius = value

    @property
    def area(self):
        self.reads += 1
        return round(3.14159 * self._radius ** 2, 2)

class Sub(Circle):
    @property
    def area(self):
        return "overridden: " + str(super().area)

c = Circle(2)
print(c.radius, c.area, c.area, c.reads)
c.radius = 3
print(c.area, sorted(vars(c)))
for action in [lambda: setattr(c, "radius", -1), lambda: setattr(c, "area", 10), lambda: delattr(c, "area")]:
    try:
        action()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(Circle.radius).__name__, isinstance(Circle.area, property), Sub(1).area)
