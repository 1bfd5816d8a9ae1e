# Each number print() writes becomes a str that stdout keeps until 8 KB are
# pending, so its memory is not free for the next str: the ids of strs made
# after each print keep moving on. Labels stand in for the ids.
import gc

def label_maker():
    seen = {}
    def label(o):
        return seen.setdefault(id(o), len(seen))
    return label

label = label_maker()
gc.collect()
out = []
for i in range(12):
    print(1000 + i)
    out.append(label(str(i * 1000 + 7)))
print(out)

# Once flushed, the kept strs are freed and their memory is taken again.
print("x" * 9000)
again = [label(str(i * 1000 + 7)) for i in range(4)]
print(again)
