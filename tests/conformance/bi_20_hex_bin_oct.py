for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 100), True]:
    print(n, hex(n), bin(n), oct(n))
print(int(hex(2 ** 70), 16) == 2 ** 70, int(bin(-37), 2), int(oct(-8), 8), int(oct(511), 0))
print(hex(3735928559).upper(), bin(5)[2:].zfill(8), oct(64)[2:], len(bin(2 ** 100)) - 2)
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct([8])
except TypeError as e:
    print(type(e).__name__, e)
