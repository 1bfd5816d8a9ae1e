first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest, type(rest).__name__)
a, (b, *c), d = 1, "xyz", [4]
print(a, b, c, d)
for k, *vs in [("x", 1, 2), ("y",)]:
    print(k, vs)
print([*range(3), *"ab", *[None]], (*[1, 2],), {*[1, 1, 2]}, [*{"k": 1}])
d1, d2 = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {**d1, "a": 0}, dict(**d1))
x, y = y, x = 1, 2                      # targets are assigned left to right
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99                       # i is rebound before lst[i] is evaluated
print(i, lst)
p = q = []
p.append(1)
print(p, q, p is q)
s1, s2 = "hi"
(n1, n2), = [(5, 6)]
print(s1, s2, n1, n2)
[m1, [m2, m3]] = (7, (8, 9))
print(m1, m2, m3)
def args_unpacked(*args, **kwargs):
    return args, kwargs
print(args_unpacked(*"ab", *[1], **{"k": 1}, **{"j": 2}), args_unpacked(*(), **{}))
