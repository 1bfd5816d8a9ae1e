counts = {}
words = []
for i in range(200000):
    w = "w" + str(i % 1000)
    words.append(w)
    counts[w] = counts.get(w, 0) + 1
pairs = sorted(counts.items())
squares = [x * x for x in range(100000) if x % 3]
index = {k: v for k, v in pairs[:500]}
print(len(words), len(counts), pairs[0], sum(squares) % 1000007, len(index))
