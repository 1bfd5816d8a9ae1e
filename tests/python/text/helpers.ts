/** Test helpers shared by the text-library tests. */

/** The double whose IEEE-754 bits are the 16 hex digits `hex` (fixtures store exact bits). */
export function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

/** Parses Python's hex(int) text ('-0x1f') as a bigint; fixtures use hex to dodge the 4300-digit limit. */
export function fromPyHex(s: string): bigint {
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}

/** Runs fn and reports its result the way the fixtures record it: the string, or [pyType, message]. */
export function outcome(fn: () => string): string | [string, string] {
  try {
    return fn();
  } catch (e) {
    const err = e as { pyType?: string; message: string };
    if (!err.pyType) throw e;
    return [err.pyType, err.message];
  }
}
