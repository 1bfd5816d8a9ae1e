s = list(range(10))
print(s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1], s[2:8:-1], s[-3::-3])
print(s[5::-1], s[:5:-1], s[-100::-1], s[100::-1], s[:-100:-1], s[3:3:-1])
print("abcdef"[::-1], "abcdef"[-2::-2], (1, 2, 3, 4)[::-2], range(10)[::-4], list(range(10)[8::-3]))
print(s[::3], s[1::3], s[-1::-9], s[::10], s[::-10], s[::11], s[0:10:100])
print(s[True:], s[:-True], s[~2::-1], "hello"[len("hello")::-1], "hello"[-len("hello")::-1])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
