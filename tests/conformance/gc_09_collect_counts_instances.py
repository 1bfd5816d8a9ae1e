import gc

class Node:
    pass

gc.collect()
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("two instances:", gc.collect())          # 3.11: no __dict__ objects unless asked for
a, b = Node(), Node()
a.other, b.other = b, a
vars(a)                                        # materializes a's attribute dict
del a, b
print("two instances, one vars():", gc.collect())
ring = [Node() for _ in range(3)]
for i in range(3):
    ring[i].next = ring[(i + 1) % 3]
del ring
print("ring of three:", gc.collect())
n = Node()
n.me = n
n.data = [1, 2]
n.index = {"k": [3]}
del n
print("instance with a list and a dict of a list:", gc.collect())
n = Node()
n.me, n.label, n.count, n.pair = n, "text", 10 ** 30, (1, 2)
del n
print("instance with atomic attributes:", gc.collect())
holder = [Node()]
holder[0].back = holder
del holder
print("list <-> instance:", gc.collect())
print("nothing left:", gc.collect())
