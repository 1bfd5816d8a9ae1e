/**
 * A double's bits as two 32-bit words (JS has no 64-bit integers but BigInt, far too
 * slow here), for the ports of glibc's math functions, which read and build doubles
 * bit by bit.
 */

const view = new DataView(new ArrayBuffer(8));

/** The double whose bits are the words `hi`, `lo`. */
export function fromBits(hi: number, lo: number): number {
  view.setUint32(0, hi >>> 0);
  view.setUint32(4, lo >>> 0);
  return view.getFloat64(0);
}

/** The high 32 bits of a double (sign, exponent, top of the fraction). */
export function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0);
}

/** The low 32 bits of a double. */
export function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

/** The top 12 bits of a double (sign and exponent). */
export function top12(x: number): number {
  return highWord(x) >>> 20;
}
