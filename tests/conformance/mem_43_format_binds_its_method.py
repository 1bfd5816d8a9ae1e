# PyObject_Format of anything but an exact str or an exact int with no spec binds
# __format__ (_PyObject_LookupSpecial): a builtin method object, made before the call
# and freed after it. With generation 0's threshold at 1 that one allocation starts a
# collection, which generation 1's count then shows.
import gc
values = [1.5, True, "abc", 7, 2.25]
specs = ["", ">6", ""]
gc.collect()
gc.set_threshold(1)
rows = []
for v in values:
    for spec in specs:
        gc.collect()
        a = gc.get_count()
        t = format(v, spec) if spec else f"{v}"
        u = f"{None}" if not spec else ""
        b = gc.get_count()
        rows.append((a, b))
gc.set_threshold(700)
print(rows)
