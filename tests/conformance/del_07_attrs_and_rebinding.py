class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

class Holder:
    def __init__(self):
        self.first = T("first")
        self.second = T("second")
        self.third = T("third")

print("del of an instance:")
h = Holder()
h.second = T("second-v2")          # the replaced value is freed at once
del h                              # attributes in slot order: the order they were first set
print("attribute deleted and re-added:")
h = Holder()
del h.first
h.first = T("first-again")         # re-added: it takes back its old slot (see del_10)
h = None
print("chained assignment:")
a = b = T("shared")
a = 1
print("  a rebound, b still holds it")
b = 2
print("swap through a tuple:")
x, y = T("x"), T("y")
x, y = y, x
print("  swapped:", x.name, y.name)
del x
del y
print("end")
