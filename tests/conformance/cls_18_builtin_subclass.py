class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[:1], type(s[:1]).__name__, s == [1, 2])

class Registry(dict):
    def register(self, name):
        self[name] = len(self)
        return self

r = Registry(a=0).register("b").register("c")
print(r, list(r.keys()), type(r).__name__, r.get("c"), isinstance(r, dict))

class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

class NotFound(AppError):
    pass

try:
    raise NotFound("no such page", code=404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, [c.__name__ for c in type(e).__mro__][:4])

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, n.shout(), len(n), n + "x", type(n + "x").__name__, n == "ada", isinstance(n, str))
