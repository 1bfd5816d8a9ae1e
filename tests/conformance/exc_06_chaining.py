def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("not found: " + k) from e

try:
    lookup({}, "x")
except LookupError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("implicit chaining")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        int("y")
    except ValueError:
        raise RuntimeError("context hidden") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise TypeError("outer") from ValueError("explicit cause, never raised")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__context__, e.__cause__.__context__)

fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(type(e).__name__, e)
