import copy

shared = [1, 2]
data = {"a": shared, "b": shared, "c": (shared, 3), "d": (4, 5)}
deep = copy.deepcopy(data)
print(deep == data, deep is data)
print(deep["a"] is deep["b"], deep["a"] is shared, deep["c"][0] is deep["a"])
print(deep["c"] is data["c"], deep["d"] is data["d"])     # a tuple is copied only if it holds something mutable
shallow = copy.copy(data)
print(shallow["a"] is shared, shallow["c"] is data["c"])
shared.append(3)
print(data["a"], deep["a"], shallow["b"])

nested = [[["deep"]]]
d2 = copy.deepcopy(nested)
d2[0][0][0] = "changed"
print(nested, d2)

for value in [5, 2.5, "text", None, True, (1, 2), frozenset([1]), range(3), len]:
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)
for value in [[1], {1: 2}, {1}, [[]]]:
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)
