# A __str__ recursing through str(self): before its code is quickened, str(self) goes
# through _PyObject_MakeTpCall, which charges a recursion level of its own (three a level:
# that call, PyObject_Str, the frame); once quickened it is PRECALL_NO_KW_STR_1 (two a
# level), so the second run goes deeper and runs out in PyObject_Str's check.
# (A limit of 200 keeps the recursion within what the page's worker allows.)
import sys
sys.setrecursionlimit(200)
n = 0

class A:
    def __str__(self):
        global n
        n += 1
        return str(self)

for attempt in range(2):
    n = 0
    try:
        str(A())
    except RecursionError as e:
        print(attempt, n, e)

# int(x) has no vectorcall either: each call charges a level, however warm.
class B:
    def __int__(self):
        global n
        n += 1
        return int(self)

for attempt in range(2):
    n = 0
    try:
        int(B())
    except RecursionError as e:
        print(attempt, n, e)
