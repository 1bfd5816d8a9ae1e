def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("  found at", i)
            break
    else:
        print("  not found")           # runs only when the loop did not break
    return "done"

print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 0))
n = 5
while n > 0:
    n -= 2
else:
    print("while finished, n =", n)
while True:
    break
else:
    print("never printed")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print("pair", i, j)
    else:
        print("inner loop for", i, "completed")
for ch in "":
    print("never")
else:
    print("an empty loop still runs its else")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while body", i)
