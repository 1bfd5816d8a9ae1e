class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("  contains", x)
        return self.lo <= x < self.hi and "truthy string"
    def __iter__(self):
        print("  iter called")
        n = self.lo
        while n < self.hi:
            yield n
            n += 1
    def __call__(self, x, scale=1):
        return (x - self.lo) * scale

r = Range(2, 5)
print(3 in r, 7 in r, 3 not in r)          # the result is converted to bool
print(list(r), [x * 2 for x in r], sum(r), max(r))
print(r(4), r(4, scale=10), callable(r), r.__call__(3))

class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(Countdown(0), "empty"))

class BadIter:
    def __iter__(self): return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
