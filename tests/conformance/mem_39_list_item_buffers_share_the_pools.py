# A list's items live in a buffer of their own, taken from the same pools as objects:
# 8 slots are 64 bytes, the block size of a one-character str. Growing the buffer
# takes a new block first and frees the old one; shrinking to below 3/4 of its block
# moves it; emptying it by pop() leaves it outside the pools. (Everything is printed
# at the end: print() itself keeps what it wrote until it flushes.)
import gc
gc.collect()

seen = {}
def label(o):
    return seen.setdefault(id(o), len(seen))

ids = []
for i in range(12):
    ids.append(id(str(i)))
distinct = len(set(ids))

grown = []
xs = []
for i in range(20):
    xs.append(str(i))
    grown.append(label(str(i * 7)))

popped = []
ys = [1, 2, 3, 4, 5, 6, 7, 8, 9]
while ys:
    ys.pop()
    popped.append(label(str(len(ys))))

nested = []
for i in range(12):
    nested.append([i])
    grown.append(label(str(i + 100)))

print(distinct)
print(grown)
print(popped)
