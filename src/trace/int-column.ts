/** A growable column of 32-bit integers: a recording keeps per-step numbers in these, not in one object per step. */
export class IntColumn {
  data = new Int32Array(1024);
  length = 0;

  /** Appends `v`. */
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /** The value at `i`. */
  get(i: number): number {
    return this.data[i]!;
  }
}
