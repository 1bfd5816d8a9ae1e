# Calls with *args / **kwargs: the errors CPython names the callee in, and the ones it does not.
def f(*a, **k): return a, k
try:
    [*5]
except TypeError as e:
    print('[*5]', '->', e)
try:
    f(1, *5)
except TypeError as e:
    print('f(1, *5)', '->', e)
try:
    f(*5)
except TypeError as e:
    print('f(*5)', '->', e)
try:
    {**[1]}
except TypeError as e:
    print('{**[1]}', '->', e)
try:
    f(x=1, **[1])
except TypeError as e:
    print('f(x=1, **[1])', '->', e)
try:
    f(**{"x":1}, x=2)
except TypeError as e:
    print('f(**{"x":1}, x=2)', '->', e)
try:
    f(x=1, **{"x":2})
except TypeError as e:
    print('f(x=1, **{"x":2})', '->', e)
try:
    f(**{1:2})
except TypeError as e:
    print('f(**{1:2})', '->', e)
try:
    (*5,)
except TypeError as e:
    print('(*5,)', '->', e)
try:
    {*5}
except TypeError as e:
    print('{*5}', '->', e)
try:
    f(*[1], **{"a":1}, b=2, **{"b":3})
except TypeError as e:
    print('f(*[1], **{"a":1}, b=2, **{"b":3})', '->', e)
try:
    print(*None)
except TypeError as e:
    print('print(*None)', '->', e)
try:
    len(*5)
except TypeError as e:
    print('len(*5)', '->', e)
try:
    len(**{1:2})
except TypeError as e:
    print('len(**{1:2})', '->', e)
try:
    len(**[1])
except TypeError as e:
    print('len(**[1])', '->', e)
print(f(*[1, 2], 3, *(4,), x=1, **{'y': 2}, z=3), f(*'ab'), f(**{}), f(*(), **{'a': 1}))
class M:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(f(*M()))

