class EmptyStackError(Exception):
    pass

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise EmptyStackError
        return self.items.pop()

s = Stack()
s.push(1)
print(s.pop())
print(s.pop())
