/**
 * tan as glibc 2.36 computes it (sysdeps/ieee754/dbl-64/s_tan.c, IBM's Accurate
 * Mathematical Library, no longer with a multi-precision fallback). Node's V8
 * Math.tan prints another last digit than glibc's for 3 to 4 inputs in 100, so
 * this takes glibc's steps over its table (math-sin-data.ts), fusing
 * multiplies into adds exactly where the x86-64 FMA build (s_tan-fma.c) fuses
 * them, as its machine code shows (unfused, 1 input in 100 differs): checked
 * against python3 on 900,000 inputs, all equal.
 *
 * x is reduced by pi/2 to a + da (|a| <= pi/4), an odd n meaning -cot; near 0 an
 * odd polynomial, further out the table's tan and cot at a point x_i combined with
 * a polynomial in the rest.
 */
import { fma } from './fma';
import { fromBits, highWord, lowWord } from './double-bits';
import { reduceHuge } from './math-branred';
import { HPINV, MP1, MP2, PP3, PP4, TOINT } from './math-half-pi';
import { TAN_TABLE } from './math-sin-data';

/** x_i, tan(x_i), cot(x_i): three doubles for each i. */
const TABLE = Float64Array.from({ length: TAN_TABLE.length / 2 }, (_, k) =>
  fromBits(TAN_TABLE[2 * k]!, TAN_TABLE[2 * k + 1]!),
);

// tan(x) = x + x^3 (D3 + D5 x^2 + ... + D11 x^8) near 0.
const D3 = fromBits(0x3fd55555, 0x55555555);
const D5 = fromBits(0x3fc11111, 0x111107c6);
const D7 = fromBits(0x3faba1ba, 0x1cdb8745);
const D9 = fromBits(0x3f9664ed, 0x49cfc666);
const D11 = fromBits(0x3f82385a, 0x3cf2e4ea);
// tan(z) = z + z^3 (E0 + E1 z^2) for the rest beyond x_i.
const E0 = fromBits(0x3fd55555, 0x55554dbd);
const E1 = fromBits(0x3fc11112, 0xe0a6b45f);
// The bounds of the ranges: 1.259e-8, 0.0608, 0.787, 25, 1e8.
const G1 = fromBits(0x3e4b096c, 0);
const G2 = fromBits(0x3faf212d, 0);
const G3 = fromBits(0x3fe92f1a, 0);
const G4 = 25;
const G5 = 1e8;
/** pi/2 in parts: MP1 + MP2 + MP3, or MP1 + MP2 + PP3 + PP4 (n * MP1, MP2, PP3 exact). */
const MP3 = fromBits(0xbc8cb3b3, 0x99d747f2);

/** D3 + D5 x2 + ... + D11 x2^4. */
function poly(x2: number): number {
  return fma(fma(fma(fma(D11, x2, D9), x2, D7), x2, D5), x2, D3);
}

/** The table's row for |a| in (0.0608, 0.787]: i + 16 is 256 |a| rounded, x_i the point nearest |a|. */
function row(ya: number): number {
  return 3 * Math.trunc(fma(256, ya, -15.5));
}

/** z + z^3 (E0 + E1 z^2): tan(z) for the rest z beyond x_i. */
function tanOfRest(z: number): number {
  const z2 = z * z;
  return fma(z * z2, fma(z2, E1, E0), z);
}

/** tan(a + da) for even n, -cot(a + da) for odd n: the steps after any reduction. */
function fromReduced(a: number, da: number, n: number): number {
  if (Math.abs(a) <= G2) {
    const a2 = a * a;
    const t2 = fma(a * a2, poly(a2), da);
    if (!n) return a + t2;
    // -1 / (a + t2), with b + db = a + t2 exactly and the quotient in double-double.
    const b = a + t2;
    const db = Math.abs(a) > Math.abs(t2) ? a - b + t2 : t2 - b + a;
    const c = 1 / b;
    const u = c * b;
    const uu = fma(c, b, -u);
    const cc = fma(-db, c, 1 - u - uu + 0) / b;
    const z = c + cc;
    return -(c - z + cc + z);
  }
  const sy = a < 0 ? -1 : 1;
  const i = row(Math.abs(a));
  const pz = tanOfRest(Math.abs(a) - TABLE[i]! + (a < 0 ? -da : da));
  const fi = TABLE[i + 1]!;
  const gi = TABLE[i + 2]!;
  if (n) return -sy * (gi - ((fi + gi) * pz) / (pz + fi));
  return sy * (fi + ((fi + gi) * pz) / (gi - pz));
}

/** a + da as a double-double: their sum, the rest appended (EADD). */
function fromSum(a: number, da: number, n: number): number {
  const s = a + da;
  return fromReduced(s, Math.abs(a) > Math.abs(da) ? a - s + da : da - s + a, n);
}

const reduced = new Float64Array(2);

/** tan(x) for a double, as glibc's tan returns it (NaN for infinities and NaN). */
export function tangent(x: number): number {
  if ((highWord(x) & 0x7ff00000) === 0x7ff00000) return x - x;
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) {
    const x2 = x * x;
    return fma(x * x2, poly(x2), x);
  }
  if (w <= G3) {
    const i = row(w);
    const pz = tanOfRest(w - TABLE[i]!);
    const fi = TABLE[i + 1]!;
    const gi = TABLE[i + 2]!;
    const y = fi + ((gi + fi) * pz) / (gi - pz);
    return x < 0 ? -y : y;
  }
  if (w <= G5) {
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    const n = lowWord(t) & 1;
    const t1 = fma(-xn, MP2, fma(-xn, MP1, x));
    if (w <= G4) {
      // pi/2 in three parts.
      const a = fma(-xn, MP3, t1);
      return fromReduced(a, fma(-xn, MP3, t1 - a), n);
    }
    // pi/2 in four parts.
    const tt = fma(-xn, PP3, t1);
    const da = fma(-xn, PP3, t1 - tt);
    const a = fma(-xn, PP4, tt);
    return fromSum(a, fma(-xn, PP4, tt - a) + da, n);
  }
  const n = reduceHuge(x, reduced) & 1;
  return fromSum(reduced[0]!, reduced[1]!, n);
}
