errors = [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), ValueError("v"),
          UnboundLocalError("u"), RecursionError("r"), NotImplementedError("n"), StopIteration(5),
          OverflowError("o"), AttributeError("a"), AssertionError("s")]
for err in errors:
    try:
        raise err
    except ArithmeticError as e:
        print(type(e).__name__, "-> ArithmeticError")
    except LookupError as e:
        print(type(e).__name__, "-> LookupError")
    except (NameError, RuntimeError) as e:
        print(type(e).__name__, "-> NameError or RuntimeError")
    except Exception as e:
        print(type(e).__name__, "-> Exception")
for cls in [KeyError, UnboundLocalError, RecursionError, NotImplementedError, ZeroDivisionError, bool]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
try:
    raise IndexError("first matching clause wins")
except Exception:
    print("Exception clause came first")
except IndexError:
    print("never reached")
