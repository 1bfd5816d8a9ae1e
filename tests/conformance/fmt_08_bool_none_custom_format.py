# bool formats as an int once a format spec is given; None accepts only "".
print(f"{True}", f"{True:}", f"{True:>6}", f"{False:d}", f"{True:.2f}", f"{True:x}", f"{False:^5}|")
print(format(None, ""), f"{None!s:>6}", f"{None!r}", str(None).center(8, "."))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __repr__(self):
        return "Money(%d)" % self.cents

m = Money(1999)
print(f"{m}", f"{m!r}", f"{m!s:>10}", "{}".format(m), "{!r}".format(m), "%s %r" % (m, m))
print(f"{[m, m]}", f"{(m,)}", f"{ {'k': m} }", str([m]), format(m))
for spec in [">10", "s", "d"]:
    try:
        print(format(m, spec))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(f"{None:>4}")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f"{[1, 2]:>10}")
except TypeError as e:
    print(type(e).__name__, e)
