# str(x) packs its argument in a 1-tuple until the code calling it is quickened
# (CPython 3.11: the 8th RESUME or JUMP_BACKWARD of that code object), then
# PRECALL_NO_KW_STR_1 calls PyObject_Str directly. gc.collect() empties the tuple
# free list, so a packed tuple shows as one more gen-0 allocation.
import gc

def packed(i):
    gc.collect()
    a = gc.get_count()[0]
    s = str(i)
    return gc.get_count()[0] - a

print("calls:", [packed(i) for i in range(10)])

out = []
for i in range(10):
    gc.collect()
    a = gc.get_count()[0]
    s = str(i)
    out.append(gc.get_count()[0] - a)
print("module for:", out)

def while_cond():
    out = []
    n = 0
    while n < 10:
        gc.collect()
        a = gc.get_count()[0]
        s = str(n)
        out.append(gc.get_count()[0] - a)
        n += 1
    return out
print("while cond:", while_cond())

def while_true():
    out = []
    n = 0
    while True:
        gc.collect()
        a = gc.get_count()[0]
        s = str(n)
        out.append(gc.get_count()[0] - a)
        n += 1
        if n == 10:
            break
    return out
print("while True:", while_true())

def while_one():
    out = []
    n = 0
    while 1:
        gc.collect()
        a = gc.get_count()[0]
        s = str(n)
        out.append(gc.get_count()[0] - a)
        n += 1
        if n == 10:
            break
    return out
print("while 1:", while_one())

def while_continue():
    out = []
    n = 0
    while n < 16:
        gc.collect()
        a = gc.get_count()[0]
        s = str(n)
        out.append(gc.get_count()[0] - a)
        n += 1
        if n % 4:
            continue
        out.append('-')
    return out
print("while continue:", while_continue())

def generator_for():
    def gen(n):
        for i in range(n):
            gc.collect()
            a = gc.get_count()[0]
            s = str(i)
            yield gc.get_count()[0] - a
    return list(gen(10))
print("generator, for:", generator_for())

def resumed():
    g = gen_each()
    return [next(g) for _ in range(10)]

def gen_each():
    i = 0
    while i < 100:
        gc.collect()
        a = gc.get_count()[0]
        s = str(i)
        yield gc.get_count()[0] - a
        i += 1
print("generator, while cond:", resumed())

# A filter that fails jumps back without warming: only the kept items count.
def filtered():
    def probe(i):
        gc.collect()
        a = gc.get_count()[0]
        s = str(i)
        return gc.get_count()[0] - a
    return [probe(i) for i in range(30) if i % 3 == 0]
print("filtered calls:", filtered())

def filtered_inline():
    return [[gc.collect(), gc.get_count()[0], str(i), gc.get_count()[0]] for i in range(40) if i % 4 == 0]
rows = filtered_inline()
print("filtered inline:", [r[3] - r[1] for r in rows])

class C:
    gc.collect()
    a = gc.get_count()[0]
    s = str(5)
    print("class body:", gc.get_count()[0] - a)

gc.collect()
a = gc.get_count()[0]
s = str(5)
print("module:", gc.get_count()[0] - a)

def ids():
    return len({id(str(i)) for i in range(12)})
print("distinct ids:", [ids() for _ in range(3)])

