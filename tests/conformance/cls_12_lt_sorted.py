class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), sorted(vs, reverse=True))
print(min(vs), max(vs))                        # max uses > which falls back to the reflected __lt__
print(Version("1.0") < Version("2.0"), Version("3.0") > Version("2.0"))
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print(type(e).__name__, e)

class Card:
    order = "23456789TJQKA"
    def __init__(self, face):
        self.face = face
    def __lt__(self, other):
        print("  compare", self.face, other.face)
        return Card.order.index(self.face) < Card.order.index(other.face)
    def __repr__(self):
        return self.face

print(sorted([Card("K"), Card("2"), Card("T")]))

class NoOrder:
    pass

try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoOrder()]) != [], sorted([Version("2"), Version("1")], key=lambda v: v.parts))
