import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/index';
import { NodeKind } from '../../src/python/heap-image';
import { kindOf, objectEdges } from '../../src/python/live-image';
import { Flag, type PyObject } from '../../src/python/object';
import type { Memory } from '../../src/python/memory';

const PROGRAM = `
import gc, copy, weakref
class Node:
    def __init__(self, v):
        self.v = v
class Slotted:
    __slots__ = ('a',)
class Err(ValueError):
    pass
def gen():
    yield 1
def outer():
    k = 3
    def inner():
        return k
    return inner
n = Node(2.5)
s = Slotted(); s.a = 'word'
b = Err('y')
data = [1, 10 ** 20, 'text', (1, 'two'), {'k': [n]}, {1, 2}, frozenset({3}), range(4), 3.5, None, True]
g = gen()
f = outer()
m = n.__init__
w = weakref.ref(n)
it = iter(data)
sl = slice(1, 2)
c = copy.copy(data)
e = ValueError('x')
x = 1
`;

/** The last line: everything above is made by then. */
const LAST_LINE = PROGRAM.split('\n').indexOf('x = 1') + 1;

describe('kindOf', () => {
  it('calls an object a leaf only when it holds no references the census would read', () => {
    const made: PyObject[] = [];
    const kinds = new Map<NodeKind, number>();
    let checked = false;
    runProgram(PROGRAM, {
      filename: 'kinds.py',
      tracer: {
        attach(mem: Memory) {
          mem.hooks.onAlloc = (o) => made.push(o);
        },
        line(f) {
          if (f.line !== LAST_LINE || checked) return;
          checked = true;
          for (const o of made) {
            if (o.flags & Flag.Freed) continue;
            const kind = kindOf(o);
            kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
            let refs = 0;
            objectEdges(o, () => refs++);
            if (kind === NodeKind.Leaf) expect(refs, `${o.type.name} called a leaf`).toBe(0);
            else if (kind === NodeKind.Plain && o.type.native === false) expect(refs).toBeGreaterThan(0);
          }
        },
        call() {},
        ret() {},
        exception() {},
      },
    });
    expect(checked).toBe(true);
    // Not vacuous: both kinds met, many times.
    expect(kinds.get(NodeKind.Leaf) ?? 0).toBeGreaterThan(5);
    expect(kinds.get(NodeKind.Plain) ?? 0).toBeGreaterThan(5);
  });
});
