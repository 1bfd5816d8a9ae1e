# An uncaught NameError gets a "Did you mean" hint from CPython's traceback printer.
total = 0
for price in [3, 4, 5]:
    total += price
try:
    print(totl)
except NameError as e:
    print("caught:", e)        # str(e) has no hint
print("total:", total)
print(totl)
