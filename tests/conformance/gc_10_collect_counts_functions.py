import gc

def make_recursive():
    def walk(n):
        return n if n == 0 else walk(n - 1)   # walk refers to itself through a cell
    return walk

class Widget:
    def click(self):
        return "clicked"

def gen():
    yield 1

gc.collect()
w = make_recursive()
del w
print("recursive closure (function, cell, closure tuple):", gc.collect())
wd = Widget()
wd.handler = wd.click                          # a bound method stored on its own object
del wd
print("bound method cycle:", gc.collect())
lst = []
tup = (lst,)
lst.append(tup)
del lst, tup
print("list <-> tuple:", gc.collect())
d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())
outer = [[1, 2, 3], [4]]
outer.append(outer)
del outer
print("list holding itself and two lists:", gc.collect())
g = gen()
box = [g, g]
box.append(box)
del g, box
print("list cycle holding a generator:", gc.collect())
