# With automatic collection disabled the collection before shutdown is skipped,
# but finalize_modules still collects __main__'s globals.
import gc
class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.disable()
first = Item("first")
rest = [Item("x"), Item("y")]
first.rest = rest
rest.append(first)
del first
last = Item("last")
print("end of program")
