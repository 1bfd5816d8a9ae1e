def override():
    try:
        return "from try"
    finally:
        return "from finally"          # wins over the try's return

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def order():
    log = []
    try:
        log.append("try")
        return log                     # the value is computed first...
    finally:
        log.append("finally")          # ...then finally runs and may mutate it

def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100                       # rebinding does not change the returned value
        print("  finally sees n =", n)

def finally_raises():
    try:
        return 1
    finally:
        raise KeyError("from finally")
print(override(), "|", swallow(), "|", order())
print(counter())
try:
    finally_raises()
except KeyError as e:
    print("caught", repr(e))
