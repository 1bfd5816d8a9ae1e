level = "global"

def outer():
    level = "outer"
    def middle():
        def inner():
            nonlocal level            # finds outer's level, skipping middle which has none
            level = "changed by inner"
        inner()
        return level
    seen = middle()
    return seen, level

print(outer(), level)

def make_global():
    global created_later
    created_later = "made inside a function"

make_global()
print(created_later)

def shadow_then_global():
    global level
    level = "rebound globally"

shadow_then_global()
print(level)

def read_global_only():
    return level.upper()

print(read_global_only())
del created_later
try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)
