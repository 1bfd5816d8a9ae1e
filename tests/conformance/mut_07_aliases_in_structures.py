row = [0, 0]
table = [row, row]                  # two references to one list
table[0][1] = 5
print(table, table[0] is table[1])

point = {"x": 1}
history = [point]
point["x"] = 2                      # the history entry is the same dict
history.append(dict(point))         # a snapshot copy
point["x"] = 3
print(history)

def append_to(target, value):
    target.append(value)
    return target

a = []
b = append_to(a, 1)
print(a, b, a is b)

config = {"tags": ["x"]}
backup = config.copy()              # a shallow copy shares the inner list
backup["tags"].append("y")
backup["name"] = "only in backup"
print(config, backup)

matrix = [[0] * 3 for _ in range(2)]
alias = matrix[0]
matrix[0] = [9, 9, 9]               # rebinding a slot does not change the old row
print(matrix, alias)

t = ([],)
t[0].extend([1, 2])                 # a tuple can hold a list that still changes
print(t, len(t[0]))
x = y = z = []
x.append("shared")
print(y, z, x is z)
