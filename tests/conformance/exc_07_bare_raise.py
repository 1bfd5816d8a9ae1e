def handler():
    try:
        {}["missing"]
    except KeyError:
        print("logging the KeyError")
        raise                             # re-raises the exception being handled
try:
    handler()
except KeyError as e:
    print("re-raised:", repr(e))
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise                             # still the ValueError after the inner handler
except Exception as e:
    print("bare raise gives", repr(e))

def no_active():
    raise

try:
    no_active()
except RuntimeError as e:
    print(type(e).__name__, e)
err = OSError("kept")
for attempt in range(2):
    try:
        raise err                         # the same object can be raised twice
    except OSError as e:
        print(attempt, e is err, e)
for thing in [ValueError, 42]:            # a class is instantiated; other objects are refused
    try:
        raise thing
    except (ValueError, TypeError) as e:
        print(repr(e), e.args)
