def resource(name):
    print("  open", name)
    try:
        yield 1
        yield 2
    finally:
        print("  close", name)   # runs when the generator is finished or released

for x in resource("full"):
    pass
print("after full loop")

g = resource("partial")
print(next(g))
del g                            # an unfinished generator is closed when freed
print("after del")

def use():
    g = resource("local")
    next(g)
    print("  leaving use()")

use()
print("after use")

for x in resource("break"):
    break                        # the loop's iterator dies right after the break
print("after break")

g = resource("never started")
del g                            # never started: no finally to run
print("end")
