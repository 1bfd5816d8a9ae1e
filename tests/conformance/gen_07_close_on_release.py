# Freeing a suspended generator closes it (GeneratorExit runs its finally); errors there are reported, not raised.
import gc
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
del g
print("after stubborn")

def raising():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = raising()
next(g)
del g
print("after raising")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise
g = catcher()
next(g)
g = None
print("after catcher")

def cyc():
    me = yield 1
    try:
        yield 2
    finally:
        print("  cycle closed", type(me).__name__)
g = cyc()
next(g)
g.send(g)
del g
gc.collect()
print("collected")

def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  counter done")
print(list(zip(counter(5), "ab")))
print("end")
