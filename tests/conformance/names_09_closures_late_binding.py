def make_all():
    fs = []
    for i in range(3):
        def f():
            return i * 10
        fs.append(f)
    i = 99                             # all closures share the one cell for i
    return fs

print([f() for f in make_all()])

def make_each():
    def make(i):
        return lambda: i * 10          # a new cell per call to make
    return [make(i) for i in range(3)]

print([f() for f in make_each()])
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(100) for a in adders])

def delete_free():
    x = 1
    def show():
        return x
    del x
    return show

try:
    delete_free()()
except NameError as e:
    print(type(e).__name__, e)
