xs = [5, 2, 9, 1, 5, 6]
alias = xs
print(xs.sort(), xs, alias is xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs, xs.reverse(), xs)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
records.sort(key=lambda r: r[1])
print(records)
mixed = [3, 1.5, True, -2, 0.0, False]
mixed.sort()
print(mixed)
bad = [3, "a", 1]
try:
    bad.sort()
except TypeError as e:
    print(type(e).__name__, e, bad)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [[1], (1,)].sort()
except TypeError as e:
    print(type(e).__name__, e)
