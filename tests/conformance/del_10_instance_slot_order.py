# CPython 3.11 keeps instance attributes in slots shared by the class (the order
# in which any instance first set each name); vars() shows this instance's
# insertion order, but an instance releases its attributes in slot order.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

class Holder:
    def __init__(self):
        self.a = T("a")
        self.b = T("b")
        self.c = T("c")

h = Holder()
del h.a
h.a = T("a2")                    # back in slot 0, although vars() lists it last
print(list(vars(h)))
del h
print("--")
class Pair:
    pass

p1 = Pair()
p1.y = T("y1")                   # the first instance fixes the slot order: y, then x
p1.x = T("x1")
p2 = Pair()
p2.x = T("x2")
p2.y = T("y2")
print(list(vars(p2)))
del p2
del p1
print("end")
