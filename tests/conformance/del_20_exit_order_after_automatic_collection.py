# The first sorted(..., key=...) of a run makes list.sort's keyword tuple (Argument
# Clinic's parser makes it once): one more object in generation 0, which decides where
# the next automatic collection falls in a loop, so which instances are still young at
# exit. The collection at exit reaches the young ones through the list's traverse,
# last first, after the older ones, and runs their __del__ in that order. (Found by the
# differential fuzzer, whose batched python3 had made that tuple before the program.)
import gc


class C:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print('del', self.v)


gc.collect()
a = gc.get_count()[0]
sorted([], key=len)
b = gc.get_count()[0]
sorted([], key=len)
print('first sorted(key=)', b - a, 'second', gc.get_count()[0] - b)
gc.set_threshold(20)
items = [C(i) for i in range(30)]
print(gc.get_count())
