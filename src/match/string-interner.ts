// Distinct strings numbered in order of first appearance, in an open-addressing table of typed
// arrays. A Map<string, number> did the same at ~0.9 µs an insert on the 1M-row dedupe bench (14
// paths, 14M values, 12.8 s of the main thread's read stage): a Map of a million entries is one huge
// array the garbage collector scans on every full mark, and each lookup misses the cache more than
// once. Here a lookup reads a slot of an Int32Array and, on a hash hit, compares one string.

const EMPTY = 0; // slots hold id + 1

/** FNV-1a over the UTF-16 code units, finished with murmur3's mixer so linear probing on the low
 * bits spreads well. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class StringInterner {
  /** Distinct strings by id. */
  readonly values: string[] = [];
  /** Two ints a slot, the value's hash then its id + 1 (0: empty): a probe reads both from one
   *  cache line, and a string is looked at only when its hash matches. */
  private slots: Int32Array<ArrayBuffer>;
  private mask: number;

  /** `hash` is for tests, which force collisions with a weak one. */
  constructor(
    expected = 1024,
    private readonly hash: (s: string) => number = hashString,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.values.length;
  }

  /** The id of `s`, a new one (the next number) when it was not seen before. */
  intern(s: string): number {
    const h = this.hash(s);
    const { slots, values, mask } = this;
    let slot = h & mask;
    for (;;) {
      const e = slots[2 * slot + 1]!;
      if (e === EMPTY) break;
      if (slots[2 * slot] === h && values[e - 1] === s) return e - 1;
      slot = (slot + 1) & mask;
    }
    const id = values.push(s) - 1;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = id + 1;
    if (values.length * 2 > mask + 1) this.rehash((mask + 1) * 2);
    return id;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === EMPTY) continue;
      let slot = old[k]! & mask;
      while (slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
      slots[2 * slot] = old[k]!;
      slots[2 * slot + 1] = old[k + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
