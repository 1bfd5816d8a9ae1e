s = list(range(6))
s[1:3] = ["a", "b", "c", "d"]          # longer: the list grows
print(s)
s[1:5] = []                             # empty: the list shrinks
print(s)
s[2:2] = "xy"                           # any iterable, inserted
print(s)
s[:0] = [-1]
s[len(s):] = [99]
print(s)
s[4:1] = ["z"]                          # an empty slice inserts at its start
print(s)
s[-2:] = range(3)
print(s)
s[:] = (7, 8)
print(s, len(s))
alias = s
s[:] = s + s                            # the list keeps its identity
print(s, alias is s)
s[100:200] = [0]
s[-100:1] = ["head"]
print(s)
t = [1, 2, 3]
t[1:2] = t
print(t)
try:
    s[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
