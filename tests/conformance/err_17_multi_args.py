def check_range(value, low, high):
    if not low <= value <= high:
        raise ValueError("out of range", value, (low, high))
    return value

print(check_range(5, 0, 10))
try:
    check_range(11, 0, 10)
except ValueError as e:
    print("caught:", e.args)
check_range(-1, 0, 10)
