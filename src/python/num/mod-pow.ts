/**
 * `pow(base, exp, mod)` on integers, as CPython's long_pow does it with a modulus:
 * a negative exponent takes the modular inverse, a negative modulus gives a result
 * with its sign. Shared by the `pow` builtin and `int.__pow__(exp, mod)`.
 */
import { throwError } from '../errors';
import { ValueError } from '../types/exception';

/** Modular exponentiation with CPython's rules for negative exponents and moduli. */
export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) throwError(ValueError, 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  const m = negMod ? -mod : mod;
  let b = ((base % m) + m) % m;
  if (exp < 0n) {
    b = modInverse(b, m);
    exp = -exp;
  }
  let r = 1n % m;
  while (exp > 0n) {
    if (exp & 1n) r = (r * b) % m;
    b = (b * b) % m;
    exp >>= 1n;
  }
  if (negMod && r !== 0n) r -= m;
  return r;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throwError(ValueError, 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}
