import copy

lst = [[1], 2]
print(lst.copy()[0] is lst[0], lst[:][0] is lst[0], list(lst)[0] is lst[0], copy.copy(lst)[0] is lst[0])
d = {"k": [1]}
print(d.copy()["k"] is d["k"], dict(d)["k"] is d["k"], {**d}["k"] is d["k"], copy.deepcopy(d)["k"] is d["k"])
s = {1, 2}
print(s.copy() == s, s.copy() is s, set(s) is s, frozenset(s) == s)
t = (1, [2])
print(copy.copy(t) is t, tuple(t) is t, t[:] is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
text = "immutable"
print(copy.copy(text) is text, copy.deepcopy(text) is text, text[:] is text, str(text) is text)
grid = [[0] * 2] * 2
g2 = copy.deepcopy(grid)
print(g2[0] is g2[1], g2[0] is grid[0])            # the shared row stays shared in the copy
g2[0][0] = 9
print(grid, g2)
cyc = [1]
cyc.append(cyc)
cc = copy.copy(cyc)
print(cc, cc[1] is cyc, cc is cyc)
