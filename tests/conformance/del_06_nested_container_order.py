class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

print("list of lists:")
data = [[T("a1"), T("a2")], T("b"), [T("c1"), [T("c2")]]]
del data                          # items go last to first, each inner list fully before the next
print("dict of lists:")
table = {"x": [T("x1"), T("x2")], "y": T("y"), "z": (T("z1"), T("z2"))}
del table                         # values in insertion order; each list last to first
print("tuple of dicts:")
pair = ({"k": T("k1")}, {"k": T("k2")})
del pair
print("slice deletion:")
row = [T("r0"), T("r1"), T("r2"), T("r3")]
del row[1:3]                      # a deleted slice is released last to first
print("slice assignment:")
row[0:1] = [T("new")]
print("extend then clear:")
row.clear()
print("dict.clear():")
reg = {"a": T("ra"), "b": T("rb")}
reg.clear()
print("end")
