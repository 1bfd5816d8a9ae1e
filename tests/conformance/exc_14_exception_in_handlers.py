def report(label, fn):
    try:
        fn()
    except Exception as e:
        ctx = e.__context__
        print(label, "->", repr(e), "| context:", repr(ctx), "| its context:", repr(ctx.__context__) if ctx else None)

def in_except():
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)

def in_finally():
    try:
        raise ValueError(1)
    finally:
        raise KeyError(2)            # replaces the ValueError, which becomes the context

def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise IndexError("from else")

def deep_chain():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError:
        raise KeyError("c")

for label, fn in [("except", in_except), ("finally", in_finally), ("else", in_else), ("chain", deep_chain)]:
    report(label, fn)
