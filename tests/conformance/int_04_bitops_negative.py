for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (-1, 255), (2 ** 70, -1), (-(2 ** 70), 2 ** 69 + 5)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)
print(1 << 0, 1 << 100, -1 << 10, 5 >> 1, -5 >> 1, -1 >> 100, 2 ** 100 >> 98, -(2 ** 100) >> 99)
print((255).bit_length(), (256).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count(), True & 1, True | 2, False ^ True, ~True)
x = 0b1010
x |= 0b0101
x &= 0b0110
x ^= 0b1111
x <<= 3
x >>= 1
print(x, bin(x), ~x & 0xFF, -x & 0xFF, hex(-1 & (2 ** 64 - 1)))
for call in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.5 & 1, lambda: 1 << 2.0, lambda: ~1.5]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
