import { describe, expect, it } from 'vitest';
import { Memory, GC_HEADER, NO_BUFFER, RAW_BUFFER } from '../../src/python/memory';
import { Flag, PyObject, PyType } from '../../src/python/object';

function hooks(overrides: Partial<ConstructorParameters<typeof Memory>[0]> = {}) {
  return {
    finalize: () => {},
    maybeCollect: () => {},
    trackReused: () => {},
    clearWeakrefs: () => {},
    onAlloc: null,
    onFree: null,
    hasFinalizer: () => false,
    outOfMemory: (): never => {
      throw new Error('out of memory');
    },
    ...overrides,
  };
}

const plain = new PyType(null, 'thing', [], { basicSize: 32 });
plain.type = plain;
/** A type whose instances the allocator asks about finalizing (as it asks for classes and generators). */
const finalizable = new PyType(null, 'finalizable', [], { basicSize: 32 });
finalizable.type = finalizable;
finalizable.finalizable = true;
const gcThing = new PyType(null, 'gcthing', [], { basicSize: 40, gcType: true });
gcThing.type = gcThing;

describe('addresses', () => {
  it('are 16-byte aligned and distinct while alive', () => {
    const m = new Memory(hooks());
    const a = m.born(new PyObject(plain));
    const b = m.born(new PyObject(plain));
    expect(a.addr % 16).toBe(0);
    expect(b.addr).not.toBe(a.addr);
  });

  it('give a freed block to the next object of the same size class', () => {
    const m = new Memory(hooks());
    const a = m.born(new PyObject(plain));
    const addr = a.addr;
    m.decref(a);
    expect(a.flags & Flag.Freed).toBeTruthy();
    const b = m.born(new PyObject(plain));
    expect(b.addr).toBe(addr);
  });

  it('keep size classes apart', () => {
    const m = new Memory(hooks());
    const a = m.born(new PyObject(plain));
    const addr = a.addr;
    m.decref(a);
    const big = m.born(new PyObject(plain), 200);
    expect(big.addr).not.toBe(addr);
  });

  it('count GC-type objects toward generation 0, net of frees', () => {
    const m = new Memory(hooks());
    const a = m.born(new PyObject(gcThing));
    m.born(new PyObject(plain));
    expect(m.gcCount0).toBe(1);
    expect(a.size).toBe(40 + GC_HEADER);
    m.decref(a);
    expect(m.gcCount0).toBe(0);
  });
});

describe('freeing', () => {
  it('runs the finalizer once and honours resurrection', () => {
    let calls = 0;
    let keep: PyObject | null = null;
    const m = new Memory(
      hooks({
        hasFinalizer: () => true,
        finalize: (o) => {
          calls++;
          if (calls === 1) {
            keep = o;
            o.rc++;
          }
        },
      }),
    );
    const a = m.born(new PyObject(finalizable));
    m.decref(a);
    expect(calls).toBe(1);
    expect(a.flags & Flag.Freed).toBe(0);
    expect(keep).toBe(a);
    m.decref(a);
    expect(calls).toBe(1);
    expect(a.flags & Flag.Freed).toBeTruthy();
  });

  it('never asks about finalizing a type that cannot have a finalizer', () => {
    let asked = 0;
    const m = new Memory(hooks({ hasFinalizer: () => (asked++, true), finalize: () => {} }));
    m.decref(m.born(new PyObject(plain)));
    expect(asked).toBe(0);
    m.decref(m.born(new PyObject(finalizable)));
    expect(asked).toBe(1);
  });

  it('frees a long chain without deep JS recursion', () => {
    const chainType = new PyType(null, 'link', [], {
      basicSize: 32,
      slots: {
        clear(o) {
          const next = (o as PyObject & { next: PyObject | null }).next;
          if (next) m.decref(next);
        },
      },
    });
    chainType.type = chainType;
    const m = new Memory(hooks());
    let head: PyObject | null = null;
    for (let i = 0; i < 200_000; i++) {
      const o = m.born(new PyObject(chainType)) as PyObject & { next: PyObject | null };
      o.next = head;
      head = o;
    }
    m.decref(head!);
    expect(m.live).toBe(0);
  });

  it('never frees shared objects', () => {
    const m = new Memory(hooks());
    const s = new PyObject(plain);
    s.flags |= Flag.Shared;
    s.rc = 1;
    m.decref(s);
    expect(s.flags & Flag.Freed).toBe(0);
  });
});

describe('the heap limit', () => {
  it('raises through outOfMemory past the limit, without registering the object', () => {
    const m = new Memory(hooks());
    m.setLimit(1000);
    const kept: PyObject[] = [];
    expect(() => {
      for (;;) kept.push(m.born(new PyObject(plain)));
    }).toThrow('out of memory');
    expect(kept.length).toBe(Math.floor(1000 / 32));
    expect(m.live).toBe(kept.length);
    expect(m.liveBytes).toBe(32 * kept.length);
  });

  it('leaves room for the error and its handlers, then returns to the limit once memory is freed', () => {
    const m = new Memory(hooks());
    m.setLimit(320);
    const kept: PyObject[] = [];
    for (let i = 0; i < 10; i++) kept.push(m.born(new PyObject(plain)));
    expect(() => m.born(new PyObject(plain))).toThrow('out of memory');
    // The slack: a traceback and a handler can still allocate.
    const extra = m.born(new PyObject(plain));
    m.decref(extra);
    for (const o of kept.splice(0, 5)) m.decref(o);
    for (let i = 0; i < 5; i++) kept.push(m.born(new PyObject(plain)));
    expect(() => m.born(new PyObject(plain))).toThrow('out of memory');
  });

  it('counts buffers outside objects (a list\'s items) and gives them back', () => {
    const m = new Memory(hooks());
    m.setLimit(1000);
    m.resize(900);
    expect(() => m.resize(200)).toThrow('out of memory');
    expect(m.liveBytes).toBe(900);
    m.resize(-900);
    expect(m.liveBytes).toBe(0);
    m.resize(1000);
  });
});

describe('buffers no object owns (reallocBuffer)', () => {
  const thing32 = new PyType(null, 'thing32', [], { basicSize: 64 });
  thing32.type = thing32;

  it('take a block of their size class from NULL, and give it to the next object of that class when freed', () => {
    const m = new Memory(hooks());
    const buf = m.reallocBuffer(NO_BUFFER, 0, 64);
    expect(buf).toBeGreaterThanOrEqual(0);
    m.freeBuffer(buf, 64);
    expect(m.born(new PyObject(thing32)).blk).toBe(buf);
  });

  it('move to a new block when growing, taken before the old one is freed', () => {
    const m = new Memory(hooks());
    const small = m.reallocBuffer(NO_BUFFER, 0, 32);
    const grown = m.reallocBuffer(small, 32, 64);
    expect(grown).not.toBe(small);
    // The old block went back to its class: the next 32-byte buffer takes it.
    expect(m.reallocBuffer(NO_BUFFER, 0, 32)).toBe(small);
  });

  it('stay when shrinking leaves more than 3/4 of the block used, and move below', () => {
    const m = new Memory(hooks());
    const b = m.reallocBuffer(NO_BUFFER, 0, 128);
    expect(m.reallocBuffer(b, 128, 112)).toBe(b);
    expect(m.reallocBuffer(b, 128, 96)).not.toBe(b);
  });

  it('leave the pools at 0 bytes or over 512, and never come back by resizing', () => {
    const m = new Memory(hooks());
    const b = m.reallocBuffer(NO_BUFFER, 0, 64);
    expect(m.reallocBuffer(b, 64, 0)).toBe(RAW_BUFFER);
    expect(m.reallocBuffer(RAW_BUFFER, 0, 64)).toBe(RAW_BUFFER);
    expect(m.reallocBuffer(NO_BUFFER, 0, 520)).toBe(RAW_BUFFER);
    // The block it left is the next 64-byte one again.
    expect(m.reallocBuffer(NO_BUFFER, 0, 64)).toBe(b);
  });
});
