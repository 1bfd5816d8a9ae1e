counter = 0

def increment():
    counter += 1              # assignment makes counter local to increment
    return counter

print("counter is", counter)
print(increment())
print("never printed")
