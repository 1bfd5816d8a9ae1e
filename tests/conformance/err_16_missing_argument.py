def greet(greeting, name):
    return greeting + ", " + name + "!"

print(greet("Hello", "Ada"))
print(greet(name="Bob", greeting="Hi"))
print(greet("Hey"))
