// Counters for summary.json: sorted on output so the file is byte-for-byte stable.
export class Tally {
  private readonly counts = new Map<string, number>();

  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  get total(): number {
    let t = 0;
    for (const v of this.counts.values()) t += v;
    return t;
  }

  toJSON(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of [...this.counts.keys()].sort()) out[k] = this.counts.get(k)!;
    return out;
  }
}

/** "did you mean a@gmail.com?" and "too short for CN" group under their leading words. */
export function problemCategory(reason: string): string {
  const cut = reason.search(/[:(?]/);
  return (cut > 0 ? reason.slice(0, cut) : reason).trim();
}
