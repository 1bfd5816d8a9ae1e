def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    if kind == "type":
        raise TypeError("bad type")
    return "fine"

for kind in ["ok", "value", "key", "type"]:
    try:
        try:
            print(risky(kind))
        except ValueError as e:
            print("inner handled", e)
        else:
            print("inner else")
        finally:
            print("inner finally")
        print("after inner")
    except KeyError as e:
        print("outer handled", repr(e))
    except Exception as e:
        print("outer generic", type(e).__name__, e)
    finally:
        print("outer finally", kind)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then a new error")
        [][0]
except IndexError as e:
    print("outer got", repr(e), "context:", repr(e.__context__))
