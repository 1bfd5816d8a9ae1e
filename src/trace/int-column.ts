/**
 * A growable column of 32-bit integers: how the trace stores what it records per
 * step, per row and per reference, rather than as one plain object each (a
 * million-step recording would otherwise be mostly object headers, and the
 * collector would walk them all again and again while the program runs).
 */
export class IntColumn {
  data: Int32Array;
  length = 0;

  /** @param capacity the initial room, in integers */
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** Appends a value. */
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }

  /** The value at `i` (no bounds check beyond the typed array's). */
  get(i: number): number {
    return this.data[i]!;
  }

  /** Overwrites the value at `i` (< length). */
  set(i: number, v: number): void {
    this.data[i] = v;
  }

  /** Gives back the room past the contents (a finished recording's columns stop growing). */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length);
  }

  /** Room for at least `n` integers, keeping the contents. */
  grow(n: number): void {
    if (n <= this.data.length) return;
    const grown = new Int32Array(Math.max(n, this.data.length * 2));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

const TWO_TO_32 = 2 ** 32;

/** The high 32 bits (signed) of an integer up to 2^53 in size, for two int columns (`joined` puts it back). */
export function high32(v: number): number {
  return Math.floor(v / TWO_TO_32);
}

/** The low 32 bits of an integer up to 2^53 in size, as an int32. */
export function low32(v: number): number {
  return (v - Math.floor(v / TWO_TO_32) * TWO_TO_32) | 0;
}

/** The integer whose `high32` and `low32` these are. */
export function joined(high: number, low: number): number {
  return high * TWO_TO_32 + (low >>> 0);
}
