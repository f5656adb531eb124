// Per-column similarity measures on interned value ids. Levels of one comparison often test the
// same measure at several thresholds (close ≥ 0.92, similar ≥ 0.8): the last pair's value is
// memoised so each pair computes it once. Token sets are built once per distinct value.
import { distance } from 'fastest-levenshtein';
import type { Column } from './columns.js';
import { jaroWinkler, jaroWinklerAbove07 } from './jaro.js';
import { isoDay, tokens } from './similarity.js';

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

/** Sorted distinct token ids per value id, built lazily into one shared pool (no array per value). */
function tokenSets(col: Column): (id: number, side: 0 | 1) => Int32Array {
  const dict = new Map<string, number>();
  const start = new Int32Array(col.values.length).fill(-1);
  const length = new Int32Array(col.values.length);
  let pool = new Int32Array(1024);
  let used = 0;
  const views = [new Int32Array(0), new Int32Array(0)];
  return (id, side) => {
    if (start[id] < 0) {
      const ids = [...new Set(tokens(col.values[id]).map((t) => {
        let k = dict.get(t);
        if (k === undefined) dict.set(t, (k = dict.size));
        return k;
      }))].sort((x, y) => x - y);
      while (used + ids.length > pool.length) {
        const bigger = new Int32Array(pool.length * 2);
        bigger.set(pool);
        pool = bigger;
      }
      pool.set(ids, used);
      start[id] = used;
      length[id] = ids.length;
      used += ids.length;
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
