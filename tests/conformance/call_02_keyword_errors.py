def f(a, b):
    return a, b

def kw(a, *, key, other=0):
    return a, key

def many_kw(*, x, y, z):
    return x

def star(*args, **kwargs):
    return args, kwargs

calls = [
    lambda: f(1, z=2), lambda: f(1, 2, b=3), lambda: f(1, a=2), lambda: f(a=1, a2=2),
    lambda: kw(1), lambda: kw(1, 2), lambda: kw(1, 2, key=3), lambda: many_kw(), lambda: many_kw(x=1),
    lambda: f(**{"a": 1, "b": 2, "c": 3}), lambda: f(1, **{"a": 2}), lambda: star(**{"k": 1}, k=2),
    lambda: f(*5), lambda: f(**[1]), lambda: f(**{1: 2}), lambda: star(*None),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(f(b=1, a=2), kw(1, key=2), star(1, k=2), star(*(1, 2), **{"a": 3}), many_kw(z=3, y=2, x=1))
