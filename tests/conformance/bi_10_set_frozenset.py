print(set(), set([3, 1, 2, 3]), set("aaa"), set(range(5)), set({4: "x", 2: "y"}))
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(3)) == {0, 1, 2})
fs = frozenset([1, 2])
print(frozenset(fs) is fs, set(fs) == fs, type(set(fs)).__name__, type(fs | {3}).__name__)
print(type({3} | fs).__name__, {1, 2} == frozenset([1, 2]), hash(frozenset()) == hash(frozenset()))
print({fs: "ok"}[frozenset([2, 1])], len({fs, frozenset([2, 1])}), {frozenset([1]), frozenset([1, 2])} > set())
print(set([1, 1.0, True]), set([0, 0.0, False, -0.0]), {1.5, 2.5}, {(1, 2), (1, 2)})
s = set([10, 20])
t = set(s)
t.add(30)
print(s, t, s < t, t > s)
for bad in [5, [[1]], [{}]]:
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    fs.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}[{3}] = 4
except TypeError as e:
    print(type(e).__name__, e)
