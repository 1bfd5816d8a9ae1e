s = [0, 1, 2, 3, 4]
print(s[3:100], s[100:], s[-100:2], s[-100:-90], s[90:-100], s[4:1], s[-1:0], s[2:2], s[5:])
print("abc"[5:], "abc"[1:100], "abc"[-5:-1], (1, 2)[3:], range(5)[10:20], range(5)[-10:2])
print(s[None:None], s[None:2], s[:None:-1], s[2:None], s[slice(None)], s[slice(-2, None)])
print(s[10 ** 30:], s[-(10 ** 30):], s[:10 ** 30], s[::10 ** 30], s[::-(10 ** 30)])
for bad in ["1", 1.0, None]:
    try:
        s[bad:]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[10 ** 30]
except IndexError as e:
    print(type(e).__name__, e)
