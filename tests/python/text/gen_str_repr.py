"""Regenerates fixtures/str-repr.json from CPython 3.11: [code points of the text, repr, ascii,
isprintable] for random strings (quotes, escapes, astral and unassigned code
points, lone surrogates), plus the count of printable code points in each
4096-code-point block for an exhaustive check of the printable table.

Run: python3 tests/python/text/gen_str_repr.py
"""
import json, os, random

random.seed(99)
alphabet = ['a', 'Z', ' ', "'", '"', '\\', '\n', '\r', '\t', '\x00', '\x07', '\x1b', '\x7f', '\x80', '\x9f',
            '\xa0', '\xad', '\xe9', '\xff', '\u0100', '\u0378', '\u200b', '\u2028', '\u3000', '\ue000',
            '\ufeff', '\uffff', '\U0001F600', '\U0001F9FF', '\U000E0001', '\U0010FFFF', '\U00030000',
            '\ud800', '\udfff', '\u4e2d']
cases = []
for _ in range(600):
    n = random.randint(0, 8)
    if random.random() < 0.7:
        s = ''.join(random.choice(alphabet) for _ in range(n))
    else:
        s = ''.join(chr(random.randint(0, 0x10FFFF)) for _ in range(n))
    if any('\ud800' <= a <= '\udbff' and '\udc00' <= b <= '\udfff' for a, b in zip(s, s[1:])):
        continue  # adjacent lone surrogates: in UTF-16 they would be one code point
    cases.append([[ord(c) for c in s], repr(s), ascii(s), s.isprintable()])
for s in ['', "'", '"', '\'"', 'it\'s', 'say "hi"', '\\', 'plain text']:
    cases.append([[ord(c) for c in s], repr(s), ascii(s), s.isprintable()])
blocks = [sum(chr(c).isprintable() for c in range(b, b + 4096)) for b in range(0, 0x110000, 4096)]
path = os.path.join(os.path.dirname(__file__), 'fixtures', 'str-repr.json')
with open(path, 'w') as f:
    json.dump({'cases': cases, 'printablePerBlock': blocks}, f, separators=(',', ':'))
    f.write('\n')
print(len(cases), 'cases', os.path.getsize(path), 'bytes')
