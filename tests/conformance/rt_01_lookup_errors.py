import math
five, nothing, pair = 5, None, (1, 2)
cases = [
    lambda: undefined_variable, lambda: [1].foo, lambda: (1).real.foo, lambda: "s".foo, lambda: None.attr,
    lambda: math.foo, lambda: {}.attr, lambda: len.attr, lambda: [][0], lambda: ()[0], lambda: "abc"[3],
    lambda: range(2)[5], lambda: {"a": 1}["b"], lambda: {1: 2}[1.5], lambda: {(1, 2): 0}[(2, 1)],
    lambda: {}[None], lambda: [1, 2][-3], lambda: {"x": 1}[""], lambda: five[0], lambda: nothing[0],
    lambda: len[0], lambda: pair["a"], lambda: [[1]][0][1], lambda: {1: [0]}[1][5],
]
for case in cases:
    try:
        case()
    except (NameError, AttributeError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, "|", e, "|", repr(e))
