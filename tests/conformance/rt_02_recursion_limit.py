import sys

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n

limit = sys.getrecursionlimit()
reached = count(1)
print(limit, reached > 900, reached < limit)
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), count(1) < 100)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
