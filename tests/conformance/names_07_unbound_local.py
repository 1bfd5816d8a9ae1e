count = 10

def read_then_assign():
    print(count)          # count is local to the whole function because it is assigned below
    count = 1

def assign_in_branch(flag):
    if flag:
        value = "set"
    return value

def del_then_read():
    item = [1]
    del item
    return item

def loop_var():
    for i in []:
        pass
    return i

for fn, args in [(read_then_assign, ()), (assign_in_branch, (False,)), (del_then_read, ()), (loop_var, ())]:
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
print(assign_in_branch(True))

def outer():
    def inner():
        return captured
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    captured = "now bound"
    return inner()

print(outer())
