class Counter:
    total = 0                     # class attribute
    items = []
    def __init__(self):
        self.total += 1           # reads the class value, creates an instance attribute
        self.items += [1]         # list += mutates the shared class list, then binds it on the instance
    def method(self):
        return "method"

a = Counter()
b = Counter()
print(Counter.total, a.total, b.total, Counter.items, a.items is Counter.items)
print(sorted(vars(a)), "total" in vars(Counter))
a.method = lambda: "instance attribute"   # shadows the method for a only
print(a.method(), b.method(), Counter.method(a))
del a.method
print(a.method())
Counter.total = 50
print(a.total, b.total, Counter().total)
del a.total
print(a.total)
Counter.method = lambda self: "patched class"
print(a.method(), b.method())
try:
    del a.total
except AttributeError as e:
    print(type(e).__name__, e)
