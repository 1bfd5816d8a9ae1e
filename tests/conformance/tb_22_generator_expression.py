# A generator expression consumed by sum().
print(sum(1 / x for x in [1, 0]))
