class C1:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print('del C1', self.v)
o1 = C1(1)
o2 = C1(2)
o2.link = o1
