# math.exp prints the last digit CPython's C library (glibc) gives: V8's Math.exp
# differs from it in about 8% of inputs, in the last bit (the fuzzer's case 2510
# of seed 100111 among them), near 1 and far out alike.
import math

for x in [-3.9995677034393813, 1.0, -1.0, 0.5, 2.302585092994046, 10.0, -10.0,
          1e-10, -1e-300, 0.0, -0.0, 100.0, -100.0, 700.0, 709.78, -700.0,
          -708.4, -720.5, -745.0, 1 / 3, -2 / 7]:
    print(repr(x), repr(math.exp(x)))
odd = []
for i in range(600):
    x = (i * 0.7310585786300049) % 60 - 30
    odd.append(math.exp(x))
print(repr(sum(odd)), repr(odd[17]), repr(odd[401]))
for i in range(0, 600, 40):
    print(i, repr(odd[i]))
print(math.exp(-745.2), math.exp(-740.5))
try:
    math.exp(710)
except OverflowError as e:
    print("OverflowError", e)
