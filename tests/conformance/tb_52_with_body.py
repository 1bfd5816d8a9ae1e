# An error inside a with block.
class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with M() as m:
    1/0
