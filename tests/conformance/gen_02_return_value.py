def worker():
    yield "step 1"
    yield "step 2"
    return "result"

w = worker()
print(next(w), next(w))
try:
    next(w)
except StopIteration as stop:
    print("returned:", stop.value, stop.args)
print(next(w, "exhausted"), list(w))

def inner():
    yield 1
    yield 2
    return "inner's result"

def outer():
    got = yield from inner()          # yield from hands back the return value
    print("  outer received:", got)
    yield 3
    return "outer's result"

print(list(outer()))
gen = outer()
collected = []
while True:
    try:
        collected.append(next(gen))
    except StopIteration as e:
        print("final:", e.value, collected)
        break

def empty_return():
    return
    yield

print(list(empty_return()), type(empty_return()).__name__)
