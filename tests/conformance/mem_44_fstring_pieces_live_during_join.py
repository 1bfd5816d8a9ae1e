# An f-string with several pieces formats each piece to a str of its own, then
# joins them into a new str while the pieces are still alive; only then are the
# pieces freed (the last one first). So the joined str never takes the memory the
# first piece took, and the next str of that size does.
#
# Each probe frees a str first, so the first str made after it takes its memory
# (the allocator hands out the block freed last); all the strs here are short, so
# they share one size class.


def probe(make):
    a = str(10 ** 5 + 7)
    freed = id(a)
    del a
    s = make()
    joined_took_it = id(s) == freed
    u = str(10 ** 5 + 8)
    return joined_took_it, id(u) == freed, s


i = 300
print(probe(lambda: f"a{i}"))
print(probe(lambda: f"{i}{i}"))
print(probe(lambda: f"{i}-{i}-{i}"))
print(probe(lambda: f"{None}{False}"))
print(probe(lambda: f"{None}{False!r}"))
print(probe(lambda: f"{i!r}:{i!s}"))
print(probe(lambda: f"{'x'}{i}"))

# A single formatted value is no join: the piece itself is the result.
print(probe(lambda: f"{i}"))
