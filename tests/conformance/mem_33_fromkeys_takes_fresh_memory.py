# dict.fromkeys() calls the class, and dict() takes fresh memory rather than the
# block the dict free list hands to {}: a dict display and a fromkeys() result made
# in turn never share an id, while two displays do.
a = id({})
b = id(dict.fromkeys('', 255))
c = id({})
print(a == b, a == c)
print(id({}) == id(dict.fromkeys('ab', 0)))
d = dict.fromkeys(range(3))
print(d, type(d) is dict)
