s = {1, 2, 3}
s.add(4)
s.add(2)
s.remove(1)
s.discard(99)
print(s, s.pop(), s)
s.update([10, 11], (12,), range(2))
print(s, len(s))
t = s.copy()
t.clear()
print(t, s == s.copy(), s.copy() is s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference(b))
print(a.issubset(a | b), a.issuperset({1, 2}), a.isdisjoint({7}), a.isdisjoint(b), a.issubset([1, 2, 3, 4, 5]))
c = {1, 2, 3, 4, 5}
c.intersection_update({1, 2, 3}, [2, 3, 4])
print(c)
c.difference_update([3])
c.symmetric_difference_update({2, 7})
print(c, {0}.union(), set().intersection({1}))
for call in [lambda: {1}.remove(2), lambda: set().pop(), lambda: {1}.add([]), lambda: {1}.update(5),
             lambda: {1} | [2], lambda: {1} + {2}, lambda: {1}.remove([1]), lambda: {1}.union(3)]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e, repr(e))
