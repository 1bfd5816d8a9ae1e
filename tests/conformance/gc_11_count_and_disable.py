import gc

class Thing:
    pass

gc.collect()
print(gc.get_count())                          # a full collection resets every generation
before = gc.get_count()[0]
things = [Thing() for _ in range(50)]          # each tracked allocation counts in generation 0
print(gc.get_count()[0] - before >= 50)
gc.collect()
print(gc.get_count())

gc.disable()
print(gc.isenabled())
junk = [[Thing()] for _ in range(2000)]        # far past the threshold of 700...
print(gc.get_count()[0] > 700)                 # ...but no automatic collection while disabled
print(gc.collect() >= 0, gc.get_count())       # an explicit collect still works
gc.enable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
