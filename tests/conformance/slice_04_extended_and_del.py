s = list(range(10))
s[::2] = "abcde"                        # an extended slice needs exactly as many items
print(s)
s[::-3] = [0, 0, 0, 0]
print(s)
s[1:2:1] = ["one", "two"]               # step 1 is an ordinary slice, lengths may differ
print(s)
for target, value in [(slice(None, None, 2), [1, 2]), (slice(None, None, -1), []), (slice(1, 8, 3), "abcd")]:
    try:
        s[target] = value
    except ValueError as e:
        print(type(e).__name__, e)
u = list(range(10))
del u[::3]
print(u)
del u[-2:]
print(u)
del u[::-2]
print(u)
del u[5:1]
del u[100:]
print(u)
del u[:]
print(u, len(u))
w = [1, 2, 3]
w[::-1] = w
print(w)
try:
    w[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    del w[::0]
except ValueError as e:
    print(type(e).__name__, e)
