for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)

for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 1:
            continue
        print("handled", e)
    finally:
        print("cleanup", i)
