// Candidate pairs as parallel typed arrays, grown by doubling: no object per pair.

export class PairBuffer {
  a: Int32Array;
  b: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
  }

  push(a: number, b: number): void {
    if (this.length === this.a.length) this.grow();
    const i = this.length++;
    this.a[i] = a;
    this.b[i] = b;
  }

  /** The pairs of `parts`, in order, in one buffer of exactly their size. */
  static concat(parts: readonly { a: Int32Array; b: Int32Array }[]): PairBuffer {
    const total = parts.reduce((n, p) => n + p.a.length, 0);
    const out = new PairBuffer(total);
    for (const p of parts) {
      out.a.set(p.a, out.length);
      out.b.set(p.b, out.length);
      out.length += p.a.length;
    }
    return out;
  }

  /** Drops the spare capacity doubling left (up to half the arrays) once no pair will be added. */
  trim(): void {
    if (this.a.length === this.length) return;
    this.a = this.a.slice(0, this.length);
    this.b = this.b.slice(0, this.length);
  }

  private grow(): void {
    const n = Math.max(1024, this.a.length * 2);
    const a = new Int32Array(n);
    const b = new Int32Array(n);
    a.set(this.a);
    b.set(this.b);
    this.a = a;
    this.b = b;
  }
}
