# Globals may have any name, including the words the diagram uses for its own labels
# (key, value, const, args...): each is a plain name, counted once. (Found by the
# robustness fuzzer: a global named `key` was counted twice in the recording.)
import sys
key = [1, 2]
value = key
const = {"key": key}
args = (key,)
print(sys.getrefcount(key), len(value), const["key"] is key, args[0] is value)
del key
print(sys.getrefcount(value))
