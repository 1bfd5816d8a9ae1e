def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3), {"k": 0}, (x * x for x in range(3)))))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

def labelled():
    yield "start"
    yield from countdown(3)
    yield from []
    yield "end"

print(list(labelled()))
g = labelled()
print(next(g), next(g), type(g).__name__, iter(g) is g)
print(sum(countdown(100)), max(countdown(5)), sorted(countdown(4)), "-".join(map(str, countdown(3))))
