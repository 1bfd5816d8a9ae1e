class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])
    @staticmethod
    def slices(diameter):
        return diameter // 5
    @classmethod
    def how_many(cls):
        return cls.__name__ + ": " + str(cls.count)

class Calzone(Pizza):
    count = 100

p = Pizza.margherita()
c = Calzone.margherita()
print(type(p).__name__, type(c).__name__, p.toppings, Pizza.count, Calzone.count)
print(Pizza.slices(30), p.slices(40), Calzone.slices(10), Pizza.how_many(), c.how_many())
print(type(Pizza.slices).__name__, type(Pizza.margherita).__name__, type(p.__init__).__name__)
print(Pizza.margherita() is Pizza.margherita(), type(c.margherita()).__name__, Pizza.count)

class Plain:
    def method(self):
        return self

try:
    Plain.method()
except TypeError as e:
    print(type(e).__name__, e)
obj = Plain()
print(Plain.method(obj) is obj, obj.method() is obj, Plain.method(5))
