print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]))
print(sum([1, 2], 10), sum([1, 2], start=100), sum(x * x for x in range(4)), sum({1: "a", 2: "b"}))
print(sum([10 ** 20, 1]), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 0.125))
print(sum([], start=[]), sum([-0.0]), sum([], -0.0), sum([1, -1.0]))
for call in [lambda: sum(["a", "b"], ""), lambda: sum(["a", "b"]), lambda: sum(5),
             lambda: sum([[1]]), lambda: sum([1, None])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
