import sys

class Plain:
    pass

class WithAttrs:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3

print("instances:", sys.getsizeof(Plain()), sys.getsizeof(WithAttrs()))
d = {}
sizes = [sys.getsizeof(d)]
for i in range(25):
    d[i] = None
    if sys.getsizeof(d) != sizes[-1]:
        sizes.append(sys.getsizeof(d))
        print("dict grows at", len(d), "to", sizes[-1])
print("str keys:", sys.getsizeof({"a": 1, "b": 2}), "int keys:", sys.getsizeof({1: 1, 2: 2}))
s = set()
for i in range(20):
    before = sys.getsizeof(s)
    s.add(i)
    if sys.getsizeof(s) != before:
        print("set grows at", len(s), "to", sys.getsizeof(s))
for text in ["", "a", "abc", "\u00e9", "a\u00e9", "\u20ac", "a\u20ac", "\U0001f600"]:
    print(repr(text), sys.getsizeof(text))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([0] * 3), sys.getsizeof(list(range(3))), sys.getsizeof([]))
lst = [1, 2, 3]
lst.clear()
print(sys.getsizeof(lst), sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(tuple(range(10))))
print(sys.getsizeof(range(10 ** 6)), sys.getsizeof(1.5), sys.getsizeof(10 ** 100), sys.getsizeof(frozenset()))
