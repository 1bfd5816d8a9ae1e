e = "module-level e"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)      # the as-target is deleted after the handler

def keep_it():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc                     # bind another name to keep the object
    return saved

kept = keep_it()
print(repr(kept), type(kept).__name__)

def unbound_after():
    try:
        raise KeyError("k")
    except KeyError as problem:
        pass
    return problem

try:
    unbound_after()
except UnboundLocalError as err:
    print(type(err).__name__, err)
