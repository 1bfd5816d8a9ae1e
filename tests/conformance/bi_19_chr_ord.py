print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(10)), chr(233), chr(8364), chr(128512))
print(ord("A"), ord("\n"), ord("\u00e9"), ord("\u20ac"), ord("\U0001f600"), ord(chr(1114111)))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
print(chr(ord("a") - 32), ord(max("hello")), sorted("Zebra", key=ord))
for bad in [-1, 0x110000, 2 ** 64]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [1.5, "a", None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 5, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
