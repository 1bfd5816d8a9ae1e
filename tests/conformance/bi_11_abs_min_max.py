print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(True), abs(-10 ** 30), abs(float("-inf")))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"))
print(max([1, 5, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len), max(["aa", "bb"], key=len))
print(max([], default=None), min((), default="empty"), max([7], default=0), min(1, 2.0), max(1, 1.0))
print(max(True, 2), min([[2, 1], [1, 9], [1, 2]]), max((1, "b"), (1, "a")), max(-0.0, 0.0))
print(max([3, 1, 3, 2], key=lambda x: x % 3), min(range(10), key=lambda x: (x - 4) ** 2))
for call in [lambda: min([]), lambda: max(()), lambda: max(), lambda: min(5),
             lambda: max(1, "a"), lambda: min([1, 2], default=0, key=None, x=1),
             lambda: max(1, 2, default=0), lambda: abs("x"), lambda: abs(None)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
