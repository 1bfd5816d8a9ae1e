it = iter([1, 2])
print(type(it).__name__, iter(it) is it, next(it), next(it), next(it, "end"), next(it, None))
s = iter("ab")
print(type(s).__name__, list(s), type(iter(range(3))).__name__, type(iter({})).__name__)
print(type(iter(())).__name__, type(iter(set())).__name__, type(iter({}.items())).__name__)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
it = iter([10, 20, 30])
for x in it:
    print("first loop", x)
    if x == 10:
        break
for x in it:
    print("second loop", x)

calls = [3, 2, 1, 0, 5]
def pop_front():
    return calls.pop(0)
print(list(iter(pop_front, 0)), calls)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
for bad in [5, None]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
