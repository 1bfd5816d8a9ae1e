x = "global x"

class Config:
    x = "class x"
    y = x + "!"                       # the class body sees its own names while it runs
    doubled = [x for _ in range(2)]   # a comprehension does not: it sees the global x
    def method(self):
        return x                      # methods do not see class names either

    def uses_class(self):
        return Config.x, self.x

print(Config.y, Config.doubled, Config().method(), Config().uses_class())

class Counter:
    n = 0
    def bump(self):
        try:
            n += 1                    # n is local here: the class attribute is not visible
        except UnboundLocalError as e:
            print(type(e).__name__, e)
        self.n += 1
        return self.n

c = Counter()
print(c.bump(), c.bump(), Counter.n)

class Order:
    print("class body runs at definition time")
    items = []
    for i in range(3):
        items.append(i * i)
    del i

print(Order.items, hasattr(Order, "i"))
