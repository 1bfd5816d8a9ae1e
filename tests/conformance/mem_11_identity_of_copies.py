# Some "copies" of immutable objects return the very same object.
t = (1, 2, 3)
s = "memory lane"
fs = frozenset([1, 2])
print(tuple(t) is t, t[:] is t, t[0:3] is t, t[::1] is t, t + () is t, t * 1 is t)
print(str(s) is s, s[:] is s, s[0:] is s, s + "" is s, "" + s is s, s * 1 is s)
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs)
print(t[:2] is t, t * 2 is t, s[1:] is s, s.strip() is s, s.replace("x", "y") is s, s.lower() is s)
lst = [1, 2]
print(list(lst) is lst, lst[:] is lst, lst.copy() is lst, lst * 1 is lst, lst + [] is lst)
st = {1}
print(set(st) is st, st.copy() is st, st | set() is st)
n = 10 ** 30
print(int(n) is n, +n is n, n * 1 is n, n + 0 is n, abs(n) is n)
x = 2.5
print(float(x) is x, +x is x, x * 1 is x, abs(x) is x)
