class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('bye', self.name)
first = N('first')
second = N('second')
first.peer = second
second.peer = first
third = N('third')
del first
