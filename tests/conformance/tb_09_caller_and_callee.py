# Each frame underlines where it was: the call in the caller, the operation in the callee.
def f():
    return 1 / 0

result = f()
print(result)
