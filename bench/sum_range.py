total = 0
for i in range(10 ** 6):
    total += i
print(total)
