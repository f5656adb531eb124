// Seeded pseudo-random numbers (mulberry32) so generated data is the same on every run.

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data, never for secrets. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** Integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi]. */
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }
  chance(p) {
    return this.next() < p;
  }
  pick(arr) {
    return arr[this.int(arr.length)];
  }
  /** n random decimal digits as a string. */
  digits(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
  /** Standard normal deviate (Box–Muller). */
  normal() {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

/**
 * A weighted choice table built once: entries are [value, weight] or [..., weight] arrays whose last
 * element is the weight. `pick(rng)` returns the entry (without copying) in O(log n).
 */
export class Weighted {
  constructor(entries) {
    this.entries = entries;
    this.cum = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach((e, i) => {
      sum += e[e.length - 1];
      this.cum[i] = sum;
    });
    this.total = sum;
  }
  pick(rng) {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.entries[lo];
  }
  /** The value (first element) of a weighted pick. */
  value(rng) {
    return this.pick(rng)[0];
  }
}
