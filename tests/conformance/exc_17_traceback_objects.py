# Tracebacks are objects: they hold the frames an exception passed through (and so their locals), and a saved exception in its own frame is a cycle for gc.
import gc, sys
gc.collect()
def f():
    x = [1, 2]
    raise ValueError("v")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    err = e
print(gc.collect())
del err, tb
print(gc.collect())
def g():
    try:
        f()
    except ValueError as e:
        saved = e          # cycle: frame -> saved -> traceback -> frame
    return 1
g()
print("cycle", gc.collect())
def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_lineno
print(h(), gc.collect())
def gen():
    try:
        yield 1
    finally:
        pass
for _ in gen():
    raise_it = False
print(gc.collect())
