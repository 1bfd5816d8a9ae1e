d = {3: "c", 1: "a", 2: "b"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d[0] = "z"
del d[3]
print(k, v, i, len(k))           # views follow the dict
print(list(k), list(v), list(i), 1 in k, "a" in v, (1, "a") in i, (1, "b") in i)
print(k & {1, 5}, k | {7}, k - {0}, k ^ {1, 9}, i & {(1, "a")}, k == {0, 1, 2}, k <= {0, 1, 2, 3})
print(sorted(k), max(v), list(reversed(k)), list(reversed(i)), type(k).__name__, type(i).__name__)
print(type(v).__name__, v == v, {1: 1}.values() == {1: 1}.values(), {1: 1}.keys() == {1: 1}.keys())
try:
    for key in d:
        d[key + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for key in list(d):
    d.pop(key)
print(d, k, v, i)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
