xs = [1, 2]
xs.append([3, 4])
xs.extend([5, 6])
xs.extend("ab")
xs.extend(range(2))
xs.extend({"k": 1})
print(xs, len(xs))
ys = ["a", "b", "c"]
ys.insert(0, "start")
ys.insert(-1, "before-last")
ys.insert(100, "end")
ys.insert(-100, "very-start")
ys.insert(2, "mid")
print(ys)
zs = [1]
zs.extend(zs)
zs.append(zs)
print(zs, zs[2] is zs)
r = xs.append(0)
print(r, xs.extend([]), [].insert(0, 1))
for call in [lambda: zs.append(), lambda: zs.append(1, 2), lambda: zs.extend(5), lambda: zs.insert(1),
             lambda: zs.insert("0", 1), lambda: zs.extend(None)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
