# math.log prints the last digit CPython's C library gives: V8's Math.log differs
# in about 4% of inputs (log(3.0) among them), and a correctly rounded log still
# differs where glibc's own result is off by just over half an ulp.
import math

for x in [3.0, 6.6, 10.0, 0.1, 2.5, 1e-300, 5e-324, 1.7976931348623157e308,
          0.641046443073172, 0.8472338063830458, 1.1322490635053117,
          4.9007789604792595, 1.0587112023518213, 1.0403490467507277,
          1.0000001, 0.9999999, 0.95, 1.06]:
    print(repr(x), repr(math.log(x)))
print(math.log(3.0) + math.log(2.0), math.log(8, 2), math.log(100, 10))
print(math.log(10 ** 400), math.log(3 ** 1000, 3))
total = 0.0
for i in range(1, 2000):
    total += math.log(i / 7)
print(repr(total))
