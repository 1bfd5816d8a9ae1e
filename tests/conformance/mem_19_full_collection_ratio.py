# A generation-2 collection is skipped while the objects that survived into it
# since the last full collection are fewer than a quarter of the long-lived
# ones, which include the ~11,000 CPython makes at start-up
# (long_lived_pending < long_lived_total / 4 in gcmodule.c): here cyclic
# garbage drives over a hundred young collections with few survivors, so
# generation 2's count passes 10 long before it is collected. (Found by the differential fuzzer.)
import gc
import sys
gc.collect()
keep = []
for i in range(150):
    for j in range(700):
        a = []
        a.append(a)
    keep.append([i])
    if i % 10 == 9:
        print(i, gc.get_count())
del a
print(gc.collect())
