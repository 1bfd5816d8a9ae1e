# Augmented assignment loads its target first: the attribute is underlined.
class A: pass
a = A()
a.n += 1
