/**
 * A seedable generator for fast-check's `Random` (the pure-rand interface:
 * clone, next, getState), so case N of seed S can be made again on its own:
 * `npm run fuzz -- --seed S --case N`.
 */
import fc from 'fast-check';

/** sfc32, seeded through splitmix32 from (seed, index). */
class Sfc32 {
  constructor(private s: number[]) {}
  static from(seed: number, index: number): Sfc32 {
    let x = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index | 0, 0x85ebca6b) ^ 0x6a09e667) >>> 0;
    const mix = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    const g = new Sfc32([mix(), mix(), mix(), mix()]);
    for (let i = 0; i < 12; i++) g.next();
    return g;
  }
  clone(): Sfc32 {
    return new Sfc32([...this.s]);
  }
  next(): number {
    let [a, b, c, d] = this.s;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.s = [a, b, c, d];
    return t | 0;
  }
  getState(): readonly number[] {
    return this.s;
  }
}

/** The Random for case `index` of a run seeded with `seed`. */
export function caseRandom(seed: number, index: number): fc.Random {
  return new fc.Random(Sfc32.from(seed, index));
}

/** Generates case `index` of `seed` (with its shrinking context). Bias as fast-check's runner uses it, varied by case. */
export function generateCase<T>(arb: fc.Arbitrary<T>, seed: number, index: number): fc.Value<T> {
  const bias = [2, 3, 4, 5, undefined][index % 5];
  return arb.generate(caseRandom(seed, index), bias);
}
