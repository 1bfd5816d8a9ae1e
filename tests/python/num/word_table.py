"""Writes a table of 32-bit words as a TypeScript Uint32Array module under
src/python/num/, for the generators of glibc's math tables (gen_exp_data.py,
gen_pow_data.py)."""
import os
import struct


def bits(d):
    """The 64 bits of a double, as an integer."""
    return struct.unpack('<Q', struct.pack('<d', d))[0]


def words_of(d):
    """A double's bits as two 32-bit words, high first."""
    b = bits(d)
    return [b >> 32, b & 0xFFFFFFFF]


def write_word_table(filename, doc, name, words, per_line):
    """Writes `export const NAME = new Uint32Array([...])` with its doc comment to src/python/num/FILENAME."""
    lines = ['  ' + ', '.join('0x%08x' % w for w in words[k:k + per_line]) + ',' for k in range(0, len(words), per_line)]
    comment = '\n'.join(' * ' + line if line else ' *' for line in doc.strip().split('\n'))
    src = '/**\n%s\n */\nexport const %s = new Uint32Array([\n%s\n]);\n' % (comment, name, '\n'.join(lines))
    path = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'src', 'python', 'num', filename)
    with open(path, 'w') as f:
        f.write(src)
