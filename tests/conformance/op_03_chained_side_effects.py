def v(x):
    print("  eval", x)
    return x

print("chain:", v(1) < v(2) < v(3))        # each operand once, left to right
print("stops early:", v(3) < v(2) < v(1))  # the third is never evaluated
print("middle once:", v(1) < v(5) > v(4) == v(4))
print("and:", v(0) and v(1))
print("or:", v(0) or v(2) or v(3))
print("returns operands:", v([]) or v("") or v(None), v(1) and v("x"))
print("ternary:", v("yes") if v(0) else v("no"))
print("in chain:", v(1) in v([1, 2]) in v([[1, 2]]))
xs = [1, 2, 3]
print("membership:", 2 in xs, 4 not in xs, [] in [[]], "b" in "abc", "" in "", (1, 2) in {(1, 2): 0})
a = b = c = 5
print(a == b == c, a is b is c, a < b <= c, 1 < a < 10 < 100 > 99)
