import sys

class Robot:
    def report(self):
        return sys.getrefcount(self)        # name r, self in this frame, the argument

r = Robot()
print(sys.getrefcount(r), r.report())
m = r.report                                # the bound method holds r
print(sys.getrefcount(r), m())
del m
print(sys.getrefcount(r))

data = [1, 2, 3]

def walk(items):
    for x in items:
        yield x

gen = walk(data)                            # the generator's frame holds its argument
print(sys.getrefcount(data))
next(gen)                                   # the running for loop holds an iterator over the list too
print(sys.getrefcount(data))
del gen
print(sys.getrefcount(data))
it = iter(data)
en = enumerate(data)
print(sys.getrefcount(data))
del it, en
print(sys.getrefcount(data))
z = zip(data, data)
print(sys.getrefcount(data))
del z
print(sys.getrefcount(data))
