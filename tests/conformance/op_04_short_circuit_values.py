print(0 or 1, 1 or 0, 0 and 1, 1 and 0, "" or "default", "set" or "default", None and None.missing)
print([] or {} or () or "last", 1 and [] and "never", 0.0 or -0.0, [0] and [1], None or False)
print(not "", not "x", not [], not [0], not 0.0, not None, not object(), type(1 and 2.5).__name__)
calls = []
def f(name, value):
    calls.append(name)
    return value
result = f("a", 0) or f("b", "") and f("c", 1) or f("d", [4])
print(result, calls)
calls.clear()
result = (f("a", 1) or f("b", 2)) and (f("c", 0) or f("d", None))
print(result, calls)
x = None
print(x is None or x.attr, x is not None and x.attr, x and x.attr)
name = ""
print(name or "anonymous", (name or "anonymous").upper(), len(name) > 0 and name[0])
