class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = None
for i in range(100000):
    head = Node(i, head)
total = 0
node = head
while node is not None:
    total += node.value
    node = node.next
print(total)
