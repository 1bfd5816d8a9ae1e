import copy

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))

clone = copy.deepcopy(root)
print(clone is root, clone.name, [c.name for c in clone.children])
print(clone.children[0].parent is clone, clone.children[0] is kid)
print(clone.children[0].children[0].parent is clone.children[0])
print(type(clone).__name__, sorted(vars(clone)))

shallow = copy.copy(kid)
print(shallow.parent is root, shallow.children is kid.children)
shallow.children.append(Node("extra"))
print([c.name for c in kid.children])

class Functions:
    pass
f = Functions()
f.fn = len
f.self_ref = f
f.items = [f, f]
c = copy.deepcopy(f)
print(c.fn is len, c.self_ref is c, c.items[0] is c, c.items[1] is c, c.items is not f.items)
memo = {}
a = copy.deepcopy([root], memo)
b = copy.deepcopy([root], memo)
print(a[0] is b[0], a is b)
