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
