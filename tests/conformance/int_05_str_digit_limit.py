# CPython 3.11 limits int <-> decimal str conversion to 4300 digits.
ok = 10 ** 4299
print(len(str(ok)), len(repr(-ok)), str(ok)[:3])
big = 10 ** 4300
print(big.bit_length(), big % 1000, len(hex(big)), big > ok)
for call in [lambda: str(big), lambda: repr(big), lambda: print(big), lambda: int("1" * 4301),
             lambda: f"{big}", lambda: "%d" % big, lambda: format(big, ",")]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(int("1" * 4300) % 97, len(bin(big)), int(hex(big), 16) == big)
