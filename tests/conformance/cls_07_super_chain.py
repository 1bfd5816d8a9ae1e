class Base:
    def __init__(self, name):
        print("  Base.__init__", name)
        self.name = name
    def describe(self): return "Base(" + self.name + ")"
    @classmethod
    def create(cls, name):
        print("  Base.create for", cls.__name__)
        return cls(name)

class Middle(Base):
    def __init__(self, name, level):
        print("  Middle.__init__ before super")
        super().__init__(name)
        self.level = level
    def describe(self):
        return "Middle<" + super().describe() + ">"

class Leaf(Middle):
    def __init__(self, name):
        super().__init__(name, level=2)
        print("  Leaf.__init__ done")
    def describe(self):
        return "Leaf[" + super().describe() + "]"
    @classmethod
    def create(cls, name):
        print("  Leaf.create")
        return super().create(name.upper())

leaf = Leaf("x")
print(leaf.describe(), leaf.level, leaf.name)
made = Leaf.create("y")
print(made.describe(), type(made).__name__)
print(super(Leaf, leaf).describe(), super(Middle, leaf).describe())

try:
    Leaf()
except TypeError as e:
    print(type(e).__name__, e)
