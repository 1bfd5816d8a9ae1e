class BadExit:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *args):
        print("exit got", args[0].__name__ if args[0] else None)
        raise RuntimeError("from __exit__")

try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    with BadExit():
        print("no error inside")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

class NoExit:
    def __enter__(self):
        return self

for manager in [5, NoExit(), None]:
    try:
        with manager:
            print("never runs")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

def returns_in_with():
    with BadExit():
        return "value lost"

try:
    returns_in_with()
except RuntimeError as e:
    print("return replaced by", repr(e))
