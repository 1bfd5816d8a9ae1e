# return/break/continue inside finally while a return is pending: the pending value is dropped, never left on the stack.
import sys
def a():
    try:
        return "try"
    finally:
        return "finally"
def b():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
def c():
    while True:
        try:
            return [1, 2]
        finally:
            break
    return "broke"
def d():
    for x in [1, 2]:
        try:
            try:
                return x
            finally:
                print("inner", x)
        finally:
            if x == 1:
                continue
    return "done"
def e():
    lst = []
    for i in range(2):
        try:
            return lst
        finally:
            lst.append(i)
            if i == 0:
                continue
            print(sys.getrefcount(lst))
print(a(), b(), c(), d(), e())
