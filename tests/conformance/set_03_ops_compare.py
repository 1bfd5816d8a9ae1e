a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a | set(), a & set())
print(a < a, a <= a, {1} < a, a > {1, 2}, a >= b, a == {3, 2, 1}, a != b, {1} < {2}, {2} > {1})
fa = frozenset(a)
print(fa | b, b | fa, fa & b, type(fa - b).__name__, type(b - fa).__name__, fa == a, a == fa)
x = {1, 2}
alias = x
x |= {3}
x -= {1}
x &= {2, 3, 4}
x ^= {5}
print(x, alias, x is alias)
f = frozenset([1])
f_alias = f
f |= {2}
print(f, f_alias, f is f_alias)
print({(1, 2), (3, 4)} & {(3, 4)}, {1, 2} == frozenset({1, 2}), {frozenset({1}): "ok"})
print(sorted({3, 1, 2} - {2}), len({1, 2} | {2, 3}), 2 in {1, 2}, [] == set(), set() == frozenset())
print(max({4, 9, 2}), min(frozenset([7, 3])), sum({1, 2, 3}), sorted({-1, 5, 0}, reverse=True))
