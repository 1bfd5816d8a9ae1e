print(format(42), format(42, ""), format(42, "d"), format(42, "5"), format(42, "<5") + "|")
print(format(3.5), format(3.5, ""), format(1e16), format(1e16, ""), format(0.1, "g"))
print(format("text"), format("text", "^10") + "|", format(None), format(True), format(True, "d"))
print(format([1, 2]), format((1,)), format({"a": 1}), format(True, "^6") + "|", format(False, ">3"))
print(format(255, "#x"), format(255, "08b"), format(-255, "x"), format(1234567, ",d"), format(0.5, ".0%"))
print(format(12.0, "n"), format(1234, "n"), format(2 ** 70, ","), format(-2 ** 70, "_x"))
for value, spec in [(None, ">5"), ([1], "d"), ("s", "d"), (3.5, "d"), (42, "s"), (1, "z"), ("s", "+")]:
    try:
        format(value, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Plain:
    def __str__(self):
        return "plain!"

print(format(Plain()), format(Plain(), ""))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
