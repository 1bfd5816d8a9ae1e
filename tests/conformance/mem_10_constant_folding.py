# The compiler folds constant expressions and shares equal constants within a file.
a = 2 ** 20
b = 1048576
print(a is b)                      # folded: one constant object

c = 10 ** 20
d = 100000000000000000000
print(c is d)

e = 2 ** 100                       # not folded (2 has 2 bits, 2 bits x exponent 100 > 128): computed at run time
f = 1267650600228229401496703205376
print(e == f, e is f)

g = "ab" * 3
h = "ababab"
print(g is h)
k = "x" * 5000                     # over 4096 characters: not folded
again = "x" * 5000
print(k == again, k is again, len(k))

t1 = (1, 2, (3, "four"))
t2 = (1, 2, (3, "four"))
print(t1 is t2, t1[2] is t2[2])    # constant tuples are shared too

n1 = -1000
n2 = -1000
print(n1 is n2)                    # -1000 is folded from unary minus

def inside():
    return 1048576, (1, 2, (3, "four"))

r = inside()
print(r[0] is a, r[1] is t1)       # the same constants across functions of one file
lst1 = [1, 2]
lst2 = [1, 2]
print(lst1 is lst2, lst1 == lst2)  # a list display builds a new list every time
