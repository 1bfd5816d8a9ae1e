# The carets of both tracebacks when one exception is raised while handling another.
try:
    {}["k"]
except KeyError:
    raise RuntimeError("wrapped")
