# A class call that runs __init__.
class P:
    def __init__(self, x):
        self.x = x / 0
p = P(1)
