class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  free", self.name)

def fails():
    local = T("local of the failing frame")
    raise ValueError("boom")

try:
    fails()
except ValueError as e:
    print("in handler: the traceback still holds the frame and its locals")
print("after handler: e was deleted, so the frame and local are gone")

def fails_again():
    temp = T("temp")
    return 1 / 0

saved = None
try:
    fails_again()
except ZeroDivisionError as e:
    saved = e                      # keeping the exception keeps the traceback and frame alive
print("exception saved; temp still alive")
saved = None
print("saved cleared")

def no_error():
    inner = T("inner")
    return "returned"

print(no_error())
print("end")
