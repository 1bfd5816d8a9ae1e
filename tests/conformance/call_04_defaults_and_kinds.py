def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=3, e=8))
print(describe(c=0, a=1))
print(describe(*[1, 2, 3], **{"c": 4, "z": 5}))

stamp = 0
def next_stamp():
    global stamp
    stamp += 1
    print("  evaluating default, stamp", stamp)
    return stamp

def uses_default(x=next_stamp()):     # evaluated once, when def runs
    return x

print(uses_default(), uses_default(), uses_default(10), stamp)

def order(x=print("  default 1") or 1, y=print("  default 2") or 2):
    return x, y

print(order(), order(y=0))

def kwonly_defaults(*, sep="-", end="!"):
    return sep.join("ab") + end

print(kwonly_defaults(), kwonly_defaults(end="?"), kwonly_defaults(sep="+", end=""))
