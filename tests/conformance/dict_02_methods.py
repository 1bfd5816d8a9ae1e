d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", []), d.setdefault("a", 99), d)
d["c"].append(1)
print(d.pop("a"), d.pop("zz", "fallback"), d.pop("zz", None), d)
e = d.copy()
e["b"] = 200
e["c"].append(2)
print(d, e)
print(dict.fromkeys(range(3)), dict.fromkeys("ab", 0), {}.fromkeys([1]))
items = {"x": 1, "y": 2, "z": 3}
print(items.popitem(), items.popitem(), items)      # last in, first out
items.update(w=0)
items.update([("v", -1)])
items.update({"x": 10})
print(items, items.update() is None)
items.clear()
print(items, len(items))
for call in [lambda: {}.popitem(), lambda: {"a": 1}.pop("b"), lambda: {}["missing"], lambda: {}[[1]],
             lambda: {}.get(), lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.setdefault({}, 1),
             lambda: {1: 2}[(1, 2)], lambda: {"a": 1} + {"b": 2}]:
    try:
        call()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
