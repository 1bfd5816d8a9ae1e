nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)           # removing shifts the rest left: the next item is skipped
print(nums)

nums = [1, 2, 2, 3, 4, 4, 5]
nums = [n for n in nums if n % 2]     # the safe way: build a new list
print(nums)

grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)            # a list iterator sees items appended during the loop
print(grow)

items = [0, 1, 2, 3]
for i, x in enumerate(items):
    items[i] = x * 10                 # replacing in place is fine
print(items)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2}
for k in list(d):                     # iterate over a snapshot to delete safely
    if d[k] == 1:
        del d[k]
print(d)
d = {"a": 1}
for k in d:
    d[k] = 2                          # changing values (not size) is allowed
print(d)
