# What format() makes besides its result, seen through the block a str freed just
# before takes next (the allocator hands out the block freed last; these strs all
# share one size class).
#
# - int.__format__ off its fast path (a width, a '+' or ' ' sign, grouping, 'X', 'n',
#   or a bool) first writes the digits as a str of their own, freed after the result
#   is made: the result never takes the freed block, and the next str does.
# - On its fast path ('d', 'x', ...) the result is the first str made.
# - A str formatted with a spec that leaves it as it is gives the str itself.
# - A conversion (!r, !s) makes its str first, then formats that.
# - A one-character result is the cached character; the writer's own str for it
#   is freed last.
# - str.format writes an int's digits into its own text: no result per field.


def probe(make):
    a = str(10 ** 5 + 7)
    freed = id(a)
    del a
    s = make()
    result_took_it = id(s) == freed
    u = str(10 ** 5 + 8)
    return result_took_it, id(u) == freed, s


i = 300
n = -42
x = 2.5
t = "ab"
cases = [
    ("f'{i:>5}'", lambda: f"{i:>5}"),
    ("f'{i:x}'", lambda: f"{i:x}"),
    ("f'{i:d}'", lambda: f"{i:d}"),
    ("f'{i:,}'", lambda: f"{i:,}"),
    ("f'{n:X}'", lambda: f"{n:X}"),
    ("f'{i:+}'", lambda: f"{i:+}"),
    ("f'{i:n}'", lambda: f"{i:n}"),
    ("f'{i:#o}'", lambda: f"{i:#o}"),
    ("f'{True:>6}'", lambda: f"{True:>6}"),
    ("f'{True:d}'", lambda: f"{True:d}"),
    ("f'{5:d}'", lambda: f"{5:d}"),
    ("f'{i:>10.2f}'", lambda: f"{i:>10.2f}"),
    ("f'{x:.2f}'", lambda: f"{x:.2f}"),
    ("f'{x:>8}'", lambda: f"{x:>8}"),
    ("f'{x:+}'", lambda: f"{x:+}"),
    ("f'{t:>5}'", lambda: f"{t:>5}"),
    ("f'{t:s}'", lambda: f"{t:s}"),
    ("f'{t:<2}'", lambda: f"{t:<2}"),
    ("f'{t:.1}'", lambda: f"{t:.1}"),
    ("f'{t!r:>6}'", lambda: f"{t!r:>6}"),
    ("f'{i!r:>6}'", lambda: f"{i!r:>6}"),
    ("f'{None!s:>6}'", lambda: f"{None!s:>6}"),
    ("format(i, '>5')", lambda: format(i, ">5")),
    ("'{:>5}'.format(i)", lambda: "{:>5}".format(i)),
    ("'{0:x}{0:>4}'.format(i)", lambda: "{0:x}{0:>4}".format(i)),
]
for label, make in cases:
    print(label, probe(make))
