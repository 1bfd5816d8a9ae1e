def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count                  # get and inc share one cell
    return inc, get

inc, get = counter()
inc()
inc(5)
print(get(), inc(0))
inc2, get2 = counter()                # a new call makes a new cell
print(get2(), get(), inc2(), get())

def cell_shared():
    value = 1
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

getter, setter = cell_shared()
setter(42)
print(getter())
setter([1])
print(getter(), getter() is getter())
