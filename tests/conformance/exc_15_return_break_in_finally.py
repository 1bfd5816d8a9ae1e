def search(items, target):
    for item in items:
        try:
            if item == target:
                return "found " + str(item)
        finally:
            print("  checked", item)     # runs even when the try returns
    return "missing"

print(search([4, 5, 6], 5))
print(search([1], 9))

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("discarded")
        finally:
            break                        # break in finally discards the exception
    return "loop broken at " + str(i) + ", exception gone"

print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                return "returned"        # continue in finally cancels the return
        finally:
            seen.append(i)
            continue
    return "loop finished: " + str(seen)

print(continue_in_finally())
