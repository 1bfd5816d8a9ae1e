"""Regenerates fixtures/int-text.json: int(text, base) from CPython 3.11 on
random and hand-picked texts. Each case is [text, base, result], result being
Python hex() text or [exception name, message].

Run: python3 tests/python/text/gen_int_text.py
"""
import json, os, random

random.seed(5)
pieces = ['0', '1', '7', '9', 'a', 'f', 'F', 'z', 'Z', 'g', '_', '__', ' ', '\t', '\n', '+', '-', '0x', '0X',
          '0o', '0b', '0B', '\u0661', '\u0e52', '\U0001D7CF', '\u00a0', '\u3000', '\x1c', '\u00e9', '.', 'e5',
          '\x00', '\u200b']

def run(t, b):
    try:
        return hex(int(t, b))
    except Exception as e:
        return [type(e).__name__, str(e)]

cases = []
for _ in range(2500):
    t = ''.join(random.choice(pieces) for _ in range(random.randint(0, 6)))
    b = random.choice([0, 0, 10, 10, 2, 8, 16, 36, 3, 7, 32, 4])
    cases.append([t, b, run(t, b)])
for t, b in [(' 12 ', 10), ('1_000', 10), ('0x_1f', 16), ('010', 0), ('00', 0), ('0_0', 0), ('0_1', 0),
             ('0x', 16), ('0b1', 16), ('a' * 300, 10), ('\u00e9' * 300, 10), ('1' * 5000, 10),
             ('1' * 5000 + 'x', 10), ('1' * 1000, 16), ('1_' * 4300 + '1', 10), ('0' * 4301, 10),
             ('1' * 4300, 10), ('-' + '9' * 4300, 10), ('1' * 1000, 32), ('1' * 5000, 36),
             ('1' * 5000 + '__', 10), ('z' * 100, 36), ('1', 1), ('1', 37), ('1', -1),
             ('\t\n+7\v\f\r', 10), ('\U0001D7CF\u0661', 0), ('٠١', 0)]:
    cases.append([t, b, run(t, b)])
path = os.path.join(os.path.dirname(__file__), 'fixtures', 'int-text.json')
with open(path, 'w') as f:
    json.dump(cases, f, separators=(',', ':'))
    f.write('\n')
print(len(cases), 'cases', os.path.getsize(path), 'bytes')
