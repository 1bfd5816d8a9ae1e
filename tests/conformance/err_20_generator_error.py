def parse(lines):
    for line in lines:
        print("parsing", repr(line))
        yield int(line)

numbers = parse(["1", "22", "3x", "4"])
print("generator created")
print(sum(numbers))
