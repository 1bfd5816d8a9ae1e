# A method looked up on a class is the class's own (its MRO), not the one `type`
# has for classes: object.__setattr__(self, ...) inside a custom __setattr__,
# object.__init__(self), and a builtin type's methods called with the instance first.
class Logged:
    def __init__(self, v):
        object.__init__(self)
        self.v = v

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


a = Logged(1)
a.w = 2
print(a.v, a.w, a.secret)
del a.w
print(hasattr(a, "w"), object.__eq__(a, a), object.__ne__(a, a), object.__eq__(a, 1))
print(object.__repr__(a) == repr(a), object.__str__(a) == str(a))
print(int.__add__(2, 3), str.upper("abc"), list.__len__([1, 2]), dict.fromkeys("ab", 0))
items = [1]
list.append(items, 2)
print(items, str.join("-", ["x", "y"]))


class Counter:
    made = 0

    @classmethod
    def make(cls):
        cls.made += 1
        return cls.made

    @staticmethod
    def double(x):
        return 2 * x


print(Counter.make(), Counter.make(), Counter.double(21), type(a).__name__)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__init__(a, 5)
except TypeError as e:
    print("TypeError:", e)
