class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def take(obj):
    print("  take() got", obj.name)
    return len(obj.name)

print(take(T("temporary argument")))           # freed after the call returns, before print
print("--")
result = [T(n).name for n in ["c1", "c2"]]     # each dies right after .name is read
print(result)
print("--")
t = T("loop target")
for t in [T("i1"), T("i2")]:
    print("  iterating", t.name)
print("loop done; t still holds", t.name)
del t
print("--")
values = {"k": T("old")}
values["k"] = T("new")                          # the old value dies when replaced
print("replaced")
print(values.pop("k").name)                     # popped and printed, then freed
print("end")
