items = ["a", "b"]
try:
    items.apend("c")
except AttributeError as e:
    print("caught:", e)        # the hint is added only when the traceback is printed
items.append("c")
print(items)
items.apend("d")
