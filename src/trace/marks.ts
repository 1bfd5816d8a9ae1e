/** Marks on serials or nodes, cleared in O(1) (an epoch stamp per entry). */
export class Marks {
  private stamps = new Int32Array(1024);
  private epoch = 1;
  clear(): void {
    if (++this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
  }
  set(i: number): void {
    if (i >= this.stamps.length) {
      const b = new Int32Array(Math.max(i + 1, 2 * this.stamps.length));
      b.set(this.stamps);
      this.stamps = b;
    }
    this.stamps[i] = this.epoch;
  }
  has(i: number): boolean {
    return i < this.stamps.length && this.stamps[i] === this.epoch;
  }
}
