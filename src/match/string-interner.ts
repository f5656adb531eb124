// Distinct strings numbered in order of first appearance, in an open-addressing table of typed
// arrays. A Map<string, number> did the same at ~0.9 µs an insert on the 1M-row dedupe bench (14
// paths, 14M values, 12.8 s of the main thread's read stage): a Map of a million entries is one huge
// array the garbage collector scans on every full mark, and each lookup misses the cache more than
// once. Here a lookup is one probe into an Int32Array and, on a hash hit, one string comparison.

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
  private hashes: Int32Array<ArrayBuffer>;
  private slots: Int32Array<ArrayBuffer>;
  private mask: number;

  /** `hash` is for tests, which force collisions with a weak one. */
  constructor(
    expected = 1024,
    private readonly hash: (s: string) => number = hashString,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.hashes = new Int32Array(Math.max(16, expected));
  }

  get size(): number {
    return this.values.length;
  }

  /** The id of `s`, a new one (the next number) when it was not seen before. */
  intern(s: string): number {
    const h = this.hash(s);
    const { slots, hashes, values, mask } = this;
    let slot = h & mask;
    for (;;) {
      const e = slots[slot]!;
      if (e === EMPTY) break;
      const id = e - 1;
      if (hashes[id] === h && values[id] === s) return id;
      slot = (slot + 1) & mask;
    }
    const id = values.push(s) - 1;
    if (id === hashes.length) this.hashes = grow(hashes);
    this.hashes[id] = h;
    slots[slot] = id + 1;
    if (values.length * 2 > slots.length) this.rehash(slots.length * 2);
    return id;
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.values.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
