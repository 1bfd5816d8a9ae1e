def too_many():         a, b = [1, 2, 3]
def not_enough():       a, b, c = [1, 2]
def not_iterable():     a, b = 5
def none_value():       a, b = None
def star_short():       a, *b, c = [1]
def string_long():      a, b = "xyz"
def empty_dict():       a, b = {}
def nested_ok():        (a, b), c = [1, 2], 3; return a, b, c
def nested_bad():       (a, b), c = [1, 2, 3], 4
def iterator_short():   a, b = iter([1])
def single_empty():     [a] = []
def star_many_short():  *a, b, c, d = "ab"
def range_long():       a, b = range(10)
def for_target():
    for x, y in [(1, 2), (3, 4, 5)]:
        pass
def star_ok():          a, *b, c = "ab"; return a, b, c

for fn in [too_many, not_enough, not_iterable, none_value, star_short, string_long, empty_dict,
           nested_ok, nested_bad, iterator_short, single_empty, star_many_short, range_long, for_target, star_ok]:
    try:
        print(fn.__name__, "->", fn())
    except (ValueError, TypeError) as e:
        print(fn.__name__, "->", type(e).__name__, e)
