grid = {(0, 0): "start", (0, 1): "path", (1, 1): "goal"}
position = (0, 0)
for step in [(0, 1), (1, 0), (1, 0)]:
    position = (position[0] + step[0], position[1] + step[1])
    print("moving to", position)
    print("cell:", grid[position])
