def source():
    for i in range(3):
        print("  source yields", i)
        yield i
    print("  source done")

def doubled(items):
    for x in items:
        print("  doubling", x)
        yield x * 2

pipeline = doubled(source())
print("nothing has run yet")
for value in pipeline:
    print("consumer got", value)

squares = (print("  computing", n) or n * n for n in range(3))
print("generator expression created")
print(next(squares))
print(list(squares))

def first_over(items, limit):
    for x in items:
        if x > limit:
            return x

print(first_over(doubled(source()), 1))   # stops early: the rest never runs
