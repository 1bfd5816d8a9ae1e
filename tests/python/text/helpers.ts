/** Test helpers shared by the text-library tests. */

/** The double whose IEEE-754 bits are the 16 hex digits `hex` (fixtures store exact bits). */
export function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}
