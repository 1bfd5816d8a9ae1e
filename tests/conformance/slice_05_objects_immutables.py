sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None), slice(1, 2).step)
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
data = "abcdefghij"
print(data[sl], [0, 1, 2, 3, 4, 5][sl], tuple(range(20))[sl], range(100)[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
t = (0, 1, 2, 3)
print(t[1:3], t[:], t[:] is t, t[0:4] is t, t[::-1], t[5:] == (), t[::2])
text = "memory"
print(text[:] is text, text[0:len(text)] is text, text[1:] is text, text[::1] is text)
try:
    t[1:2] = (9,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del text[1:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)

class Show:
    def __getitem__(self, key):
        return key

print(Show()[1:2], Show()[::3], Show()[1:2, 3], Show()[:, 0], Show()[-1])
