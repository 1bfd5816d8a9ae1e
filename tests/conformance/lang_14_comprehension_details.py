print([x * y for x in range(1, 4) for y in range(x, 4)])
print([[y for y in range(x)] for x in range(4)])
print([x for x in range(20) if x % 2 if x % 3])            # two ifs act like "and"
print({x % 3: x for x in range(10)}, {c.upper() for c in "aab"} == {"A", "B"}, sorted({c for c in "hello"}))
print([(i, c) for i, c in enumerate("ab") for _ in range(2)])
n = 10
print([n for n in range(3)], n)                             # n inside is separate
print([lambda: i for i in range(3)][0](), [(lambda i=i: i)() for i in range(3)])
squares = {n: n * n for n in range(5) if n != 2}
print(squares, list(squares.items())[-1])
words = ["apple", "bob", "anna", "cat"]
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
print([y for x in [[1, 2], [3]] for y in x], [*(x for x in "ab")], list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
matrix = [[1, 2], [3, 4], [5, 6]]
print([[row[i] for row in matrix] for i in range(2)], [v for row in matrix for v in row if v > 2])
print([i for i in range(3)] == list(range(3)), [x for x in []], {k: v for k, v in []}, {x for x in ()})
