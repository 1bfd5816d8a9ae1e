original = [3, 1, 2]
alias = original
new = sorted(original)
print(new, original, new is original)
original.sort()
print(original, alias, alias is original)
rev = original[::-1]
original.reverse()
print(rev == original, rev is original)

words = ("pear", "fig", "apple")
print(sorted(words), words, type(sorted(words)).__name__)
try:
    words.sort()
except AttributeError as e:
    print(type(e).__name__, e)

def sort_copy(items):
    items = sorted(items)            # rebinds the local name only
    return items

def sort_inplace(items):
    items.sort()                     # mutates the caller's list

data = [9, 7, 8]
print(sort_copy(data), data)
sort_inplace(data)
print(data)
text = "banana"
print(sorted(text), "".join(sorted(text)), text)
