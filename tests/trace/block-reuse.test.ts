import { describe, expect, it } from 'vitest';
import { BlockReuse } from '../../src/trace/block-reuse';
import { LARGE_FIRST } from '../../src/python/object';

describe('BlockReuse', () => {
  const ids = new Map<number, number>();
  const idOf = (s: number) => ids.get(s)!;

  it('names the last object freed in a block with the same id, passing over others that shared the block', () => {
    const reuse = new BlockReuse();
    expect(reuse.lastWithId(5, 100, idOf)).toBe(-1);
    ids.set(1, 100).set(2, 116).set(3, 100);
    reuse.freed(5, 1);
    reuse.freed(5, 2);
    expect(reuse.lastWithId(5, 116, idOf)).toBe(2);
    // An instance and a dict sit at different offsets in one block: the dict's death is not the instance's id.
    expect(reuse.lastWithId(5, 100, idOf)).toBe(1);
    reuse.freed(5, 3);
    expect(reuse.lastWithId(5, 100, idOf)).toBe(3);
    expect(reuse.lastWithId(6, 100, idOf)).toBe(-1);
  });

  it('keeps large blocks and far block numbers apart, and ignores static objects', () => {
    const reuse = new BlockReuse();
    ids.set(4000, 7).set(4001, 9);
    reuse.freed(LARGE_FIRST + 3, 4000);
    reuse.freed(100_000, 4001);
    reuse.freed(-2, 4001);
    expect(reuse.lastWithId(LARGE_FIRST + 3, 7, idOf)).toBe(4000);
    expect(reuse.lastWithId(100_000, 9, idOf)).toBe(4001);
    expect(reuse.lastWithId(-2, 9, idOf)).toBe(-1);
  });
});
