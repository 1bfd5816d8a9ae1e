def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(10))
print(countdown(100))

def forever(n):
    return forever(n + 1)    # no base case

print("starting the endless recursion")
forever(0)
