import { describe, expect, it } from 'vitest';
import { ratioForKey, ratioFromPointer, SPLIT_KEY_STEP } from '../../src/ui/layout/split';
import { clampSplitRatio } from '../../src/store';

describe('the split separator', () => {
  it('turns a pointer position into a ratio of the container', () => {
    expect(ratioFromPointer(600, 100, 1000)).toBe(0.5);
    expect(ratioFromPointer(100, 100, 1000)).toBe(0);
    expect(ratioFromPointer(50, 0, 0)).toBe(0.5);
  });

  it('moves with the arrow keys, further with Shift, and to the ends with Home and End', () => {
    expect(ratioForKey('ArrowRight', false, 0.5)).toBeCloseTo(0.5 + SPLIT_KEY_STEP);
    expect(ratioForKey('ArrowLeft', false, 0.5)).toBeCloseTo(0.5 - SPLIT_KEY_STEP);
    expect(ratioForKey('ArrowRight', true, 0.5)).toBeCloseTo(0.5 + 5 * SPLIT_KEY_STEP);
    expect(ratioForKey('Home', false, 0.5)).toBe(0.2);
    expect(ratioForKey('End', false, 0.5)).toBe(0.8);
    expect(ratioForKey('a', false, 0.5)).toBeNull();
  });

  it('is clamped by the store', () => {
    expect(clampSplitRatio(ratioForKey('ArrowLeft', true, 0.2)!)).toBe(0.2);
    expect(clampSplitRatio(Number.NaN)).toBe(0.42);
  });
});
