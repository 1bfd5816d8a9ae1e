# A missing attribute is underlined whole.
class A: pass
a = A()
print(a.missing)
