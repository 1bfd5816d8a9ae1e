# An exception that a name and a list still hold when it ends the program:
# the traceback is CPython's, and the trace shows who holds it at each step.
class ConfigError(Exception):
    pass

errors = [ConfigError("host"), ValueError("bad value")]
for err in errors:
    try:
        raise err
    except ConfigError as e:
        print("handled", e, err is e)
print("not reached")
