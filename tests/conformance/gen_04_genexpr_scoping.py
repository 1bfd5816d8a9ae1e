# The first iterable of a generator expression is evaluated at once; the rest lazily.
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)

g = (x / 0 for x in [1])
print("creation succeeded; the error waits")
try:
    next(g)
except ZeroDivisionError as e:
    print("at first next:", e)

data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8, 9]                  # rebinding the name does not affect the generator
print(list(g))

items = [1, 2, 3]
g = (x for x in items)
items.append(4)                   # mutating the list does
print(list(g))

offset = 100
g = (x + offset for x in range(2))
offset = 200                      # free names are looked up when the values are made
print(list(g))

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(sum(x for x in range(5) if x % 2), any(x > 3 for x in range(10)), list(x for x in ()))
