def gen_with_next():
    it = iter([1])
    yield next(it)
    yield next(it)                   # StopIteration inside a generator...

g = gen_with_next()
print(next(g))
try:
    next(g)
except RuntimeError as e:            # ...becomes RuntimeError (PEP 479)
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def early():
    yield 1
    return "done"

it = early()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)

def raises_stop():
    raise StopIteration("explicit")
    yield

try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(x for x in [1, 2]), next(iter([]), "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("empty iterator:", repr(e), e.value)
