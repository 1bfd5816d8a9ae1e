# print() writes each piece (every argument, separator and end) through
# sys.stdout's write method, which it looks up anew each time: a bound
# method, born and freed around the write. Born, it counts in generation 0,
# so an automatic collection can start inside print() before the piece is
# written: here the cycle's __del__ message lands between two prints exactly
# where CPython 3.11 puts it, threshold after threshold.
import gc


class D:
    def __del__(self):
        print('  del')


for k in range(1, 7):
    gc.collect()
    d = D()
    d.d = d
    del d
    base = gc.get_count()[0]
    gc.set_threshold(base + k)
    print(k, 'a')
    print(k, 'b', sep='-')
    t = [k]
    print(k, 'c', t)
    print(k, 'd')
    gc.set_threshold(700)
