// Per-column similarity measures on interned value ids. Levels of one comparison often test the
// same measure at several thresholds (close ≥ 0.92, similar ≥ 0.8): the last pair's value is
// memoised so each pair computes it once. Token sets are built once per distinct value.
import { distance } from 'fastest-levenshtein';
import type { Column } from './columns.js';
import { jaroWinkler, jaroWinklerAbove07 } from './jaro.js';
import { isoDay, tokens } from './similarity.js';
import { StringInterner } from './string-interner.js';

/** A measure of two value ids (both ≥ 0). */
export type Measure = (ia: number, ib: number) => number;

function memoise(fn: Measure): Measure {
  let lastA = -1;
  let lastB = -1;
  let last = 0;
  return (ia, ib) => {
    if (ia !== lastA || ib !== lastB) {
      lastA = ia;
      lastB = ib;
      last = fn(ia, ib);
    }
    return last;
  };
}

/** Sorted distinct token ids per value id, built lazily into one shared pool (no array per value).
 *  A value's few token ids are sorted and deduplicated by insertion into a scratch array: a Set,
 *  its spread and a sort with a comparator per value were most of the compare stage's token work
 *  (a million distinct addresses at 1M rows, built again by each thread). */
function tokenSets(col: Column): (id: number, side: 0 | 1) => Int32Array {
  const dict = new StringInterner(); // token ids (an open-addressing table: a Map of a million was slower)
  const start = new Int32Array(col.values.length).fill(-1);
  const length = new Int32Array(col.values.length);
  let pool = new Int32Array(1024);
  let used = 0;
  let scratch = new Int32Array(64);
  const views = [new Int32Array(0), new Int32Array(0)];
  return (id, side) => {
    if (start[id] < 0) {
      const words = tokens(col.values[id]!);
      if (words.length > scratch.length) scratch = new Int32Array(2 * words.length);
      let k = 0;
      for (const word of words) {
        const t = dict.intern(word);
        let p = k;
        while (p > 0 && scratch[p - 1]! > t) p--;
        if (p > 0 && scratch[p - 1] === t) continue; // a repeated word
        scratch.copyWithin(p + 1, p, k);
        scratch[p] = t;
        k++;
      }
      while (used + k > pool.length) {
        const bigger = new Int32Array(pool.length * 2);
        bigger.set(pool);
        pool = bigger;
      }
      pool.set(scratch.subarray(0, k), used);
      start[id] = used;
      length[id] = k;
      used += k;
    }
    views[side] = pool.subarray(start[id], start[id] + length[id]);
    return views[side];
  };
}

/** Days since the epoch per value id (NaN for non-dates), parsed once per distinct value. */
function dayNumbers(col: Column): (id: number) => number {
  const days = new Float64Array(col.values.length);
  const done = new Uint8Array(col.values.length);
  return (id) => {
    if (done[id] === 0) {
      days[id] = isoDay(col.values[id]);
      done[id] = 1;
    }
    return days[id];
  };
}

/** Jaccard similarity of two sorted id sets. */
export function sortedJaccard(x: Int32Array, y: Int32Array): number {
  if (x.length === 0 || y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return shared / (x.length + y.length - shared);
}

const cache = new WeakMap<Column, Map<string, Measure>>();

export type MeasureKind = 'jaro_winkler' | 'jaro_winkler_low' | 'token_set' | 'levenshtein' | 'days';

/** The shared, memoised measure of a kind on a column. 'jaro_winkler' is exact only at ≥ 0.7
 * (see jaroWinklerAbove07); 'jaro_winkler_low' serves thresholds below that. */
export function columnMeasure(col: Column, kind: MeasureKind): Measure {
  let byKind = cache.get(col);
  if (!byKind) cache.set(col, (byKind = new Map()));
  let m = byKind.get(kind);
  if (m) return m;
  const v = col.values;
  if (kind === 'jaro_winkler') m = memoise((a, b) => jaroWinklerAbove07(v[a], v[b]));
  else if (kind === 'jaro_winkler_low') m = memoise((a, b) => jaroWinkler(v[a], v[b]));
  else if (kind === 'levenshtein') m = memoise((a, b) => distance(v[a], v[b]));
  else if (kind === 'days') {
    const days = dayNumbers(col);
    m = (a, b) => Math.abs(days(a) - days(b));
  } else {
    const sets = tokenSets(col);
    m = memoise((a, b) => sortedJaccard(sets(a, 0), sets(b, 1)));
  }
  byKind.set(kind, m);
  return m;
}
