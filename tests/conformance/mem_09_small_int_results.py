# Every operation that produces an int from -5 to 256 returns the cached object.
x = int("250")
print([(x + i) is int(str(250 + i)) for i in range(4, 9)])    # 254..258
y = int("-3")
print([(y - i) is int(str(-3 - i)) for i in range(4)])          # -3..-6
print(len([0] * 256) is len([1] * 256), len([0] * 257) is len([1] * 257))
print(sum([100, 156]) is int("256"), sum([100, 157]) is int("257"))
print(ord("z") is int("122"), int(True) is int("1"), abs(int("-200")) is int("200"))
print(int("300") // 2 is int("150"), int("1000") % 300 is int("100"), divmod(int("600"), 7)[0] is int("85"))
big = int("1000")
same = big
big += 0                                 # adding zero still makes a new object outside the cache
print(big == same, big is same)
small = int("10")
keep = small
small += 0
print(small is keep)
counts = [int(str(n)) is int(str(n)) for n in range(-10, 300)]
print(counts.index(True) - 10, len(counts) - counts[::-1].index(True) - 1 - 10)
print(int(2.0) is int("2"), round(7.4) is int("7"), int("0x1f", 16) is int("31"), -int("5") is int("-5"))
