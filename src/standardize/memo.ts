// Bounded memo tables for the normalizers: on 1M-row inputs most columns hold many distinct values,
// so a table must stay bounded, and it must not forget everything at once when full (a table that
// is cleared when full thrashes: right after each clear every frequent value misses again).

/**
 * A map bounded to about `limit` entries that keeps what is still being used. Two generations:
 * new entries go to the young one; when it holds limit/2 entries it becomes the old one and the
 * previous old one is dropped. A hit in the old generation is copied to the young one, so a value
 * that keeps recurring survives every turnover while one-off values age out. Cheaper per call than
 * a true LRU (no reordering on a hit, one bulk drop instead of a delete per insert).
 */
export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly half: number;

  constructor(limit: number) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
