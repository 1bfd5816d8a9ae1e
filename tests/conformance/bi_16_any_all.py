print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0.0, 1]), all([1, 0]))
print(any("abc"), all(""), any({0: "x"}), all({1: 0}), any(set()), all(range(1, 5)))

def check(x):
    print("  checking", x)
    return x > 2

print(any(check(x) for x in [1, 3, 5]))      # stops at the first true
print(all(check(x) for x in [3, 1, 5]))      # stops at the first false
gen = (x for x in [0, 0, 7, 8, 9])
print(any(gen), next(gen), list(gen))
print(any([[]]), all([[]]), any([[0]]), all([()]), type(any([1])).__name__)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    all(None)
except TypeError as e:
    print(type(e).__name__, e)
