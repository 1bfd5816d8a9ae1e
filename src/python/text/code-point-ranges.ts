/**
 * A set of code points kept as sorted ranges, read from the compact text the
 * generator in tests/python/text/gen_unicode_tables.py writes: comma-separated
 * pairs `gap.length-1` in base 36, each gap counted from the previous range's end.
 * Decoded on first use.
 */
export class CodePointRanges {
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;

  /** @param data the generated text */
  constructor(private readonly data: string) {}

  private load(): void {
    const parts = this.data.split(',');
    const starts = new Int32Array(parts.length);
    const ends = new Int32Array(parts.length);
    let prev = -1;
    for (let i = 0; i < parts.length; i++) {
      const dot = parts[i]!.indexOf('.');
      const a = prev + 1 + parseInt(parts[i]!.slice(0, dot), 36);
      const b = a + parseInt(parts[i]!.slice(dot + 1), 36);
      starts[i] = a;
      ends[i] = b;
      prev = b;
    }
    this.starts = starts;
    this.ends = ends;
  }

  /** True when code point `cp` is in one of the ranges. */
  has(cp: number): boolean {
    if (this.starts === null) this.load();
    const starts = this.starts!;
    const ends = this.ends!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < starts[mid]!) hi = mid - 1;
      else if (cp > ends[mid]!) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
