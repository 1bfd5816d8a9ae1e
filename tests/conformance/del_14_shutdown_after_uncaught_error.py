# An uncaught error keeps its traceback's frames (like sys.last_value) until shutdown
# starts: the first collection still sees them, then they go before __main__ does.
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)

keep = Node("global")

def fail():
    local = Node("local")
    pair = [Node("a"), Node("b")]
    pair.append(pair)
    raise ValueError("stop")

fail()
