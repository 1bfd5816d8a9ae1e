xs = [10, 20, 30, 20, 40]
print(xs.pop(), xs.pop(0), xs.pop(-2), xs, xs.index(20), xs.count(20), xs.count(99))
xs = ["a", "b", "c", "b", "a"]
xs.remove("b")
print(xs, xs.index("b"), xs.index("a", 1), xs.index("a", -2), xs.index("c", 0, 3))
print([1, 1.0, True].count(1), [[1], [1]].count([1]), [float("nan")].count(float("nan")), [None].index(None))
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in [nan])
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-2), lambda: [1, 2].remove(3),
             lambda: [1, 2].index(3), lambda: [1, 2, 3].index(1, 1), lambda: ["x"].index("y"),
             lambda: [1].pop("0"), lambda: [1].remove(), lambda: (1, 2).index(3), lambda: (1,).count()]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
