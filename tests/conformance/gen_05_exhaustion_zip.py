def numbers():
    for i in range(5):
        print("  yield", i)
        yield i

gen = numbers()
print(list(zip(gen, "ab")))       # zip pulls one extra item from gen before noticing "ab" is done
print("left in gen:", list(gen))

gen = numbers()
print(list(zip("ab", gen)))       # with the short one first, nothing extra is consumed
print("left in gen:", list(gen))

g = (n for n in range(3))
print(list(g), list(g), sum(g))   # a generator runs only once
it = iter(range(6))
print(list(zip(it, it)))          # the same iterator twice: pairs
g = numbers()
print(3 in g, "then", next(g))    # `in` consumes up to the match
e = enumerate(numbers())
print(next(e), next(e))
