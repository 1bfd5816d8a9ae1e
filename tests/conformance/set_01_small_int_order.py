# A set of small ints prints in hash-table order, which CPython fixes for ints.
print({5, 3, 1, 100, 33}, {100, 33, 5, 3, 1}, {8, 16, 0, 24}, {-1, -2, 3}, {10, 2, 30, 4})
print(set([33, 1, 65, 97]), {7, 15, 23, 31, 39}, {1000, 2000, 3000}, {2 ** 61 - 1, 2 ** 61, 5})
print(set(range(10, 0, -1)), set(range(20, 30)), {0.5, 1, 2.5, 2}, {-5, 5, -6, 6})
s = {5, 3, 1, 100, 33}
s.add(8)
s.add(64)
print(s)
s.discard(1)
s.add(9)
print(s, sorted(s), list(s)[0])
grow = set()
for n in [40, 8, 0, 16, 50, 99, 12, 77, 31, 3]:
    grow.add(n)
print(grow)
print({3, 1} | {2, 100}, {1, 2, 3, 50} & {50, 3, 70}, {9, 8, 7, 6} - {8}, {1, 2, 64} ^ {2, 128, 0})
print({x * 7 % 20 for x in range(10)}, {x: None for x in {12, 4, 20}}, list({31, 1, 63}))
