n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
f = 7
f /= 2
b = 0b1100
b &= 0b1010; b |= 1; b ^= 0b111; b <<= 4; b >>= 2
s = "ab"
s *= 3
s += "!"
print(n, f, type(f).__name__, b, s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t *= 2
print(t, t_alias, t is t_alias)
st = {1, 2}
st_alias = st
st |= {3}
st -= {1}
print(st, st_alias is st)
d = {"a": 1}
d_alias = d
d |= {"b": 2}
print(d, d_alias is d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
counts = {"x": 0}
counts["x"] += 1
print(grid, counts)
x = None
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
