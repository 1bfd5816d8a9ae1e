def mean(values):
    assert len(values) > 0
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
print(mean([]))
