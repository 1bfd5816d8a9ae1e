# "perhaps you missed a comma?": CPython's compiler warns about calling a literal
# or display, subscripting what cannot be subscripted, and indexing a sequence
# literal by what cannot index it. The code still runs; these lines never execute.
ok = True
if not ok:
    pairs = [(1, 2) (3, 4)]
    names = ["ann" "bob"]["x"]
    first = (1, 2)["a"]
    n = 5[0]
    s = "abc"[1.5]
    f = f"{ok}"(1)
    d = {1: 2}(1)
    t = [1, 2][(0, 1)]
print("compiled and ran")
print([10, 20][True], (1, 2)[0:1], {"a": 1}["a"])
