def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x * 2

print(check(3))
for value in [0, -5]:
    try:
        check(value)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)
try:
    assert [], "an empty list is falsy"
except AssertionError as e:
    print(repr(e))
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")
calls = []
def message():
    calls.append("evaluated")
    return "lazy message"
assert True, message()
print("message not evaluated:", calls)
try:
    assert None, message()
except AssertionError as e:
    print(e, calls)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args, e)
