# sys.stdout keeps what print() wrote until 8 KB are pending (stdout is a pipe
# here, so it is block-buffered): an ASCII str is kept itself, one more
# reference to it, until the buffer is flushed. A non-ASCII str is encoded,
# and the bytes are kept instead.
import sys

s = "memory " * 3
print(sys.getrefcount(s))
print(s)
print(sys.getrefcount(s))      # one more: stdout's pending writes hold it
print(s, flush=True)
print(sys.getrefcount(s))      # flushed: back again
sys.stdout.write(s + "\n")
print(sys.getrefcount(s))      # s + "\n" is a new str: s itself is not held
sys.stdout.write(s)
sys.stdout.write("\n")
print(sys.getrefcount(s))
sys.stdout.flush()
print(sys.getrefcount(s))

t = "mémoire " * 3
print(t)
print(sys.getrefcount(t))      # encoded: the str is not held

u = "x " * 50      # not identifier-like: not interned, its count is the program's
print(u)
print(sys.getrefcount(u))
for i in range(200):
    print("line", i, "of padding to pass the 8192-byte chunk")
print(sys.getrefcount(u))      # the chunk went out: u is no longer held
