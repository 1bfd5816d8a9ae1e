/**
 * repr(float) / str(float) as CPython 3.11 prints them (Python/pystrtod.c,
 * format_float_short in mode 'r'): the shortest digit string that reads back
 * as the same double, laid out in positional form for decimal exponents
 * -4..15 and in exponent form otherwise.
 *
 * The digits come from Number#toExponential() with no argument, which the
 * ECMAScript spec defines as the shortest round-tripping digits, choosing the
 * closest candidate on ties exactly as David Gay's dtoa mode 0 (CPython's
 * source) does; only the layout differs between the two languages.
 */

/**
 * The shortest round-trip decimal digits of a finite |x|, dtoa-style: `digits`
 * has no leading or trailing zeros (except the single "0" for zero) and the
 * value is 0.DIGITS × 10^decpt. Shared with the format-spec engine so both use
 * one source of "repr digits".
 */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = Math.abs(x).toExponential();
  const ePos = s.indexOf('e');
  const mant = s.slice(0, ePos);
  const exp = Number(s.slice(ePos + 1));
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, decpt: exp + 1 };
}

/**
 * Python's repr(x) for a float (str(x) is identical since Python 3.2): '1.0',
 * '1e+16', '1.5e-07', 'inf', 'nan', '-0.0'. Hot path for printing, so it avoids
 * BigInt and regexes.
 */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // Parsed inline rather than through shortestDigits: this runs for every printed float.
  const s = x.toExponential();
  const i = s.charCodeAt(0) === 45 ? 1 : 0;
  const sign = i ? '-' : '';
  const ePos = s.indexOf('e', i);
  const decpt = +s.slice(ePos + 1) + 1;
  const digits = ePos - i > 1 ? s[i] + s.slice(i + 2, ePos) : s[i];
  const n = digits.length;
  // CPython switches to exponent form at 1e16 (not 1e17) so a 16-digit
  // shortest repr is never padded with misleading zeros.
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const ae = exp < 0 ? -exp : exp;
    return sign + (n === 1 ? digits : s.slice(i, ePos)) + (exp < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' + ae : ae);
  }
  if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= n) return sign + digits + '0'.repeat(decpt - n) + '.0';
  return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
}
