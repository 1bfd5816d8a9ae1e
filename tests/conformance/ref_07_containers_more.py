import sys

obj = []
print(sys.getrefcount(obj))                 # the name + the argument
as_key = "".join(["built", "key"])
print(sys.getrefcount(as_key))
table = {as_key: obj}                       # one reference for the key, one for the value
print(sys.getrefcount(as_key), sys.getrefcount(obj))
members = {as_key}
print(sys.getrefcount(as_key))
copy_ = table.copy()                        # a copied dict refers to the same key and value
print(sys.getrefcount(as_key), sys.getrefcount(obj))
sliced = [obj, obj, obj][1:]                # the temporary list dies; the slice keeps two
print(sys.getrefcount(obj))
nested = [[obj]]
print(sys.getrefcount(obj))
nested[0] = None                            # the inner list is freed with its reference
print(sys.getrefcount(obj))
table.clear()
copy_.clear()
members.clear()
print(sys.getrefcount(as_key), sys.getrefcount(obj))
del sliced
print(sys.getrefcount(obj))
