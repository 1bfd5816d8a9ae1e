def f(a, b):
    return a + b

def g(a, b, c):
    return a

def h(a, b=2, c=3):
    return a

def none():
    return 0

def one(x):
    return x

calls = [
    lambda: f(1), lambda: f(), lambda: g(), lambda: g(1), lambda: f(1, 2, 3), lambda: h(), lambda: h(1, 2, 3, 4),
    lambda: none(1), lambda: none(1, 2), lambda: one(), lambda: one(1, 2), lambda: f(*[1, 2, 3]),
    lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: (lambda *a, k: 0)(1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(f(1, 2), f(*"ab"), h(1), h(1, c=5), f(b=1, a=2))
