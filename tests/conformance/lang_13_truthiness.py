values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", "False", [], [0], [[]], (), ((),),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False, 10 ** 100]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no", not v)

class Empty:
    pass

class Falsy:
    def __len__(self):
        return 0

print(bool(Empty()), bool(Falsy()), bool(Empty), bool(len), bool(lambda: 0))
if [] or {} or 0 or "":
    print("never")
elif [0]:
    print("a non-empty list is true even if its item is false")
print(any([Falsy(), 0]), all([Empty(), 1]), [x for x in values[:6] if x])
