# A method call in the caller; an attribute that does not exist in the callee.
class A:
    def m(self, v):
        return v.upper()
a = A()
print(a.m(3))
