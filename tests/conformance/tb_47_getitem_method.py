# A subscript that runs __getitem__.
class C:
    def __getitem__(self, i):
        raise IndexError(i)
c = C()
print(c[2])
