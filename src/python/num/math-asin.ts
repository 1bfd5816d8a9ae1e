/**
 * asin and acos as glibc 2.36 computes them (sysdeps/ieee754/dbl-64/e_asin.c, IBM's
 * Accurate Mathematical Library, whose multi-precision slow paths glibc had removed
 * by then), over its table (math-asin-data.ts). V8's Math.asin and Math.acos print
 * another last digit for 6% and 8% of inputs. x86-64's glibc runs the FMA build of
 * this file, where the compiler fuses each product that only feeds an addition
 * into it; the steps below fuse where it does (checked against python3 on 446,000
 * inputs each, all equal; undoing a fusion in a polynomial's inner steps or in
 * the square root's refinement changes none of them, so those follow the
 * compiler's rule alone).
 *
 * |x| < 0.125: an odd polynomial. Up to 0.96875: a polynomial in x - x0 about the
 * table's point x0 for one of 216 subintervals. Past that, asin(x) = pi/2 -
 * 2 asin(sqrt((1 - x)/2)), the square root found from a table of 1/sqrt and
 * refined to double-double precision.
 */
import { fma } from './fma';
import { fromBits, highWord, lowWord } from './double-bits';
import { ASIN_TABLE } from './math-asin-data';

const T = Float64Array.from({ length: ASIN_TABLE.length / 2 }, (_, k) => fromBits(ASIN_TABLE[2 * k]!, ASIN_TABLE[2 * k + 1]!));

const HP0 = fromBits(0x3ff921fb, 0x54442d18);
/** pi/2 - HP0. */
const HP1 = fromBits(0x3c91a626, 0x33145c07);

// asin(x) = x + x^3 (f1 + f2 x^2 + ... + f6 x^10) near 0 (uasncs.h).
const F1 = 1.66666666666664110590506577996662e-1;
const F2 = 7.50000000026122686814431784722623e-2;
const F3 = 4.46428561421059750978517350006940e-2;
const F4 = 3.03821268582119319911193410625235e-2;
const F5 = 2.23551211026525610742786300334557e-2;
const F6 = 1.81382903404565056280372531963613e-2;

// 1/sqrt(1 - r) ~= rt0 + r (rt1 + r (rt2 + r rt3)), refining a table's 1/sqrt.
const RT0 = 9.99999999859990725855365213134618e-1;
const RT1 = 4.99999999495955425917856814202739e-1;
const RT2 = 3.75017500867345182581453026130850e-1;
const RT3 = 3.12523626554518656309172508769531e-1;

/** 1/sqrt(m) for 128 subintervals of m in [0.5, 2) (root.tbl), indexed by the last exponent bit and 6 fraction bits. */
const INROOT = [
  1.408721450121, 1.39792649065766, 1.38737595123859, 1.37706074531819, 1.36697225234682, 1.35710228748795, 1.34744307370643,
  1.33798721601135, 1.32872767765984, 1.31965775814772, 1.31077107283046, 1.30206153403386, 1.29352333352711, 1.285150926244,
  1.2769390151482, 1.26888253714903, 1.26097664998256, 1.25321671998073, 1.24559831065844, 1.23811717205462, 1.23076923076923,
  1.223550580643, 1.21645747403153, 1.20948631362953, 1.20263364480453, 1.1958961484031, 1.18927063399547, 1.18275403352732,
  1.17634339535009, 1.17003587860341, 1.16382874792529, 1.15771936846787, 1.15170520119791, 1.14578379846309, 1.13995279980655,
  1.13420992801334, 1.12855298537376, 1.12297985014975, 1.11748847323133, 1.11207687497107, 1.10674314218572, 1.10148542531442,
  1.09630193572405, 1.09119094315276, 1.08615077328341, 1.08117980543918, 1.0762764703941, 1.07143924829188, 1.06666666666667,
  1.06195729855996, 1.05730976072814, 1.05272271193563, 1.04819485132867, 1.04372491688551, 1.03931168393861, 1.03495396376504,
  1.03065060224133, 1.02640047855933, 1.0222025039999, 1.01805562076124, 1.01395880083916, 1.00991104495649, 1.00591138153909,
  1.00195886573624, 0.9961164901835, 0.98848330114434, 0.98102294317595, 0.9737289911203, 0.96659534932828, 0.95961623024651,
  0.95278613468066, 0.94609983358253, 0.93955235122353, 0.93313894963169, 0.92685511418159, 0.9206965402375, 0.91465912076005,
  0.9087389347953, 0.90293223677296, 0.89723544654727, 0.89164514012056, 0.88615804099474, 0.88077101210109, 0.87548104826333,
  0.87028526915267, 0.8651809126974, 0.86016532891275, 0.85523597411976, 0.85039040552437, 0.8456262761307, 0.84094132996422,
  0.83633339758291, 0.83180039185606, 0.82734030399203, 0.82295119979782, 0.81863121615464, 0.81437855769486, 0.81019149366693,
  0.80606835497581, 0.80200753138734, 0.79800746888611, 0.79406666717674, 0.79018367731967, 0.78635709949278, 0.78258558087123,
  0.77886781361798, 0.77520253297841, 0.77158851547266, 0.76802457717971, 0.76450957210799, 0.76104239064719, 0.75762195809661,
  0.75424723326565, 0.75091720714229, 0.7476309016256, 0.74438736831878, 0.74118568737933, 0.73802496642311, 0.7349043394794,
  0.73182296599416, 0.72878002987884, 0.72577473860242, 0.72280632232420, 0.71987403306536, 0.71697714391715, 0.71411494828392,
  0.71128675915902, 0.70849190843208,
];

/** f1 + f2 z + ... + f6 z^5. */
function poly(z: number): number {
  return fma(fma(fma(fma(fma(F6, z, F5), z, F4), z, F3), z, F2), z, F1);
}

/**
 * For 0.125 <= |x| < 0.96875 (high word `k` without sign): the table offset n of
 * |x|'s subinterval and the offset of its last coefficient (x0 at n, asin(x0)'s
 * high part two past the last coefficient).
 */
function subinterval(k: number): [number, number] {
  const f = k & 0x000fffff;
  if (k < 0x3fd00000) return [11 * (f >> 15), 6];
  if (k < 0x3fe00000) return [11 * (f >> 14) + 352, 6];
  const b = (k & 0x000fe000) >> 13;
  if (k < 0x3fe80000) return [1056 + 12 * b, 7];
  if (k < 0x3fed8000) return [992 + 13 * b, 8];
  if (k < 0x3fee8000) return [884 + 14 * b, 9];
  return [768 + 15 * b, 10];
}

/** asin(|x|) less the high part of asin(x0), for the subinterval at n whose last coefficient is at n + last. */
function series(n: number, last: number, xx: number): number {
  let q = T[n + last]!;
  for (let j = n + last - 1; j >= n + 2; j--) q = fma(xx, q, T[j]!);
  return fma(T[n + 1]!, xx, fma(xx * xx, q, T[n + last + 1]!));
}

/**
 * For 0.96875 <= |x| < 1, z = (1 - |x|)/2: sqrt(z) as y + cc, y cut short (to a
 * multiple of 2^-28 for asin, to 26 bits for acos: `wide`) so that y * y is exact,
 * and p with asin(s) = s (1 + p) for s = sqrt(z).
 */
function rootOfHalfRest(z: number, wide: boolean): [number, number, number] {
  const kz = highWord(z);
  let t = INROOT[(kz & 0x001fffff) >> 14]! * fromBits((1023 + 511 - (kz >> 21)) << 20, 0);
  const r = fma(-(t * t), z, 1);
  t *= fma(r, fma(r, fma(r, RT3, RT2), RT1), RT0);
  const c = t * z;
  t = c * fma(-(0.5 * t), c, 1.5);
  const y = wide ? 134217728 * c + c - 134217728 * c : c + 16777216 - 16777216;
  const cc = fma(-y, y, z) / (t + y);
  return [y, cc, poly(z) * z];
}

/** asin(x) for a double, as glibc's asin returns it. */
export function asin(x: number): number {
  const m = highWord(x) | 0;
  const k = m & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(poly(x2), x2 * x, x);
  }
  let res: number;
  if (k < 0x3fef0000) {
    const [n, last] = subinterval(k);
    const xx = Math.abs(x) - T[n]!;
    res = T[n + last + 2]! + series(n, last, xx);
  } else if (k < 0x3ff00000) {
    const [y, cc, p] = rootOfHalfRest(0.5 * (1 - Math.abs(x)), false);
    const cor = fma(-(2 * (y + cc)), p, HP1 - 2 * cc);
    res = HP0 - 2 * y + cor;
  } else if (k === 0x3ff00000 && lowWord(x) === 0) res = HP0;
  else return NaN;
  return m > 0 ? res : -res;
}

/** acos(x) for a double, as glibc's acos returns it. */
export function acos(x: number): number {
  const m = highWord(x) | 0;
  const k = m & 0x7fffffff;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    return r + fma(-poly(x2), x2 * x, HP0 - r - x + HP1);
  }
  if (k < 0x3fef0000) {
    const [n, last] = subinterval(k);
    const xx = Math.abs(x) - T[n]!;
    const t = series(n, last, xx);
    const base = T[n + last + 2]!;
    return m > 0 ? HP0 - base + (HP1 - t) : HP0 + base + (HP1 + t);
  }
  if (k < 0x3ff00000) {
    const [y, cc, p] = rootOfHalfRest(0.5 * (1 - Math.abs(x)), true);
    // Both signs' steps need (y + cc) p: the compiler computes it once, ahead of
    // the branch, and so fuses it into neither sum (fused, 7 of 27,000 inputs in
    // [0.96875, 1) and 4 of 300,000 in (-1, -0.96875] came out an ulp off python3's).
    const q = (y + cc) * p;
    const res = m < 0 ? HP0 - y + (HP1 - cc - q) : y + (cc + q);
    return res + res;
  }
  if (k === 0x3ff00000 && lowWord(x) === 0) return m > 0 ? 0 : 2 * HP0;
  return NaN;
}
