# The first failing attribute of a chain.
x = None
print(x.a.b.c)
