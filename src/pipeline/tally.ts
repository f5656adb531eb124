// Counters for summary.json: sorted on output so the file is byte-for-byte stable. A count is a cell
// of its own, so that counting a key seen before is one lookup, not a get and a set (clean counts
// each of millions of changes twice).
export class Tally {
  private readonly counts = new Map<string, { n: number }>();

  add(key: string, n = 1): void {
    const cell = this.counts.get(key);
    if (cell) cell.n += n;
    else this.counts.set(key, { n });
  }

  get total(): number {
    let t = 0;
    for (const c of this.counts.values()) t += c.n;
    return t;
  }

  toJSON(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of [...this.counts.keys()].sort()) out[k] = this.counts.get(k)!.n;
    return out;
  }
}

/** "did you mean a@gmail.com?" and "too short for CN" group under their leading words. */
export function problemCategory(reason: string): string {
  const cut = reason.search(/[:(?]/);
  return (cut > 0 ? reason.slice(0, cut) : reason).trim();
}
