class Dog:
    def __init__(self, name):
        self.name = name
    def speak(self, word="woof"):
        return self.name + ": " + word

d = Dog("rex")
m = d.speak
print(m(), m("grr"), Dog.speak(d, "hi"), type(m).__name__, type(Dog.speak).__name__)
print(d.speak == d.speak, d.speak is d.speak, m == d.speak, Dog("a").speak == Dog("a").speak)
d.name = "max"
print(m())                              # the bound method refers to the object, not a snapshot
methods = [Dog(n).speak for n in ["a", "b"]]
print([f() for f in methods])
speakers = list(map(Dog.speak, [Dog("x"), Dog("y")]))
print(speakers)
f = Dog.speak
print(f(d), f is Dog.speak)

class Greeter:
    greeting = "hello"
    def greet(self):
        return self.greeting

g = Greeter()
g.greet_later = g.greet                 # storing a bound method on the instance
Greeter.greeting = "changed"
print(g.greet_later(), sorted(vars(g)))
try:
    m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
