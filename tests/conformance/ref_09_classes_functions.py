import sys

class Marker:
    pass

base = sys.getrefcount(Marker)
instances = [Marker() for _ in range(4)]         # every instance refers to its class
print(sys.getrefcount(Marker) - base)
instances.pop()
print(sys.getrefcount(Marker) - base)
del instances
print(sys.getrefcount(Marker) - base)

config = {"debug": True}

def uses_default(c=config):
    return c

def closure_maker(value):
    def inner():
        return value
    return inner

print(sys.getrefcount(config))                    # name, default, argument
f1 = closure_maker(config)
f2 = closure_maker(config)
print(sys.getrefcount(config))                    # one more per closure cell
del f1
print(sys.getrefcount(config))
Marker.setting = config                           # a class attribute
print(sys.getrefcount(config))
del Marker.setting, uses_default, f2
print(sys.getrefcount(config))
