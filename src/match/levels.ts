// Comparisons compiled from plain data into per-pair level functions over interned columns,
// and evaluated into one Uint8Array of level indexes per comparison.
import type { Column, ColumnStore } from './columns.js';
import { jaroWinkler, jaroWinklerAbove07 } from './jaro.js';
import { columnMeasure } from './measures.js';
import {
  dateTransposed,
  dateWithin,
  levenshteinWithin,
  numericWithin,
  tokenSetSimilarity,
} from './similarity.js';
import type { Comparison, ComparisonLevel } from './types.js';

type PairTest = (a: number, b: number) => boolean;
type ValueTest = (x: string, y: string) => boolean;

export interface CompiledComparison {
  name: string;
  levelNames: string[];
  /** Index of the 'null' level, -1 when none. */
  nullLevel: number;
  /** Per level, the column whose value frequency replaces u (exact levels of tfAdjust comparisons). */
  tfColumns: (Column | null)[];
  levelOf: (a: number, b: number) => number;
  /** levelOf of each of the first `count` pairs (pa[i], pb[i]) into out[i]. */
  fill: (out: Uint8Array, pa: Int32Array, pb: Int32Array, count: number) => void;
}

function valueTest(level: ComparisonLevel): ValueTest {
  const t = level.threshold;
  switch (level.method) {
    case 'exact':
      return (x, y) => x === y;
    case 'jaro_winkler':
      return (t ?? 0.9) >= 0.7
        ? (x, y) => x === y || jaroWinklerAbove07(x, y) >= (t ?? 0.9)
        : (x, y) => x === y || jaroWinkler(x, y) >= (t ?? 0.9);
    case 'levenshtein':
      return (x, y) => x === y || levenshteinWithin(x, y, t ?? 1);
    case 'token_set':
      return (x, y) => x === y || tokenSetSimilarity(x, y) >= (t ?? 0.5);
    case 'date_distance':
      return (x, y) => dateWithin(x, y, t ?? 0);
    case 'date_transposed':
      return (x, y) => dateTransposed(x, y);
    case 'numeric_distance':
      return (x, y) => numericWithin(x, y, t ?? 0);
    default:
      throw new Error(`level method ${level.method} is not a value test`);
  }
}

/** Any value of a (from cols) against any value of b (from against), by test. */
function anyPair(cols: Column[], against: Column[], test: ValueTest): PairTest {
  return (a, b) => {
    for (const ca of cols) {
      const ia = ca.ids[a];
      if (ia < 0) continue;
      for (const cb of against) {
        const ib = cb.ids[b];
        if (ib >= 0 && test(ca.values[ia], cb.values[ib])) return true;
      }
    }
    return false;
  };
}

function compileLevel(level: ComparisonLevel, fields: string[], store: ColumnStore): PairTest {
  const test = compileMainTest(level, fields, store);
  if (!level.requireEqual?.length) return test;
  const required = level.requireEqual.map((spec) => store.get(spec).ids);
  if (required.length === 1) {
    const [ids] = required as [Int32Array];
    return (a, b) => ids[a] === ids[b] && test(a, b);
  }
  return (a, b) => {
    for (let k = 0; k < required.length; k++) if (required[k]![a] !== required[k]![b]) return false;
    return test(a, b);
  };
}

function compileMainTest(level: ComparisonLevel, fields: string[], store: ColumnStore): PairTest {
  const cols = (level.fields ?? fields).map((f) => store.get(f));
  if (level.method === 'else') return () => true;
  if (level.method === 'null') return nullTest(cols.map((c) => c.ids));
  const test = valueTest(level);
  if (level.swap) {
    if (cols.length !== 2) throw new Error(`level ${level.name}: swap needs exactly two fields`);
    const [f, g] = cols;
    const fg = anyPair([f], [g], test);
    return (a, b) => fg(a, b) && fg(b, a);
  }
  if (cols.length === 1 && level.method === 'exact') {
    const ids = cols[0].ids;
    return (a, b) => ids[a] >= 0 && ids[a] === ids[b];
  }
  if (cols.length === 1 && ['jaro_winkler', 'token_set', 'levenshtein'].includes(level.method)) {
    return measuredTest(level, cols[0]);
  }
  if (cols.length === 1 && level.method === 'date_distance') {
    const { ids } = cols[0];
    const days = columnMeasure(cols[0], 'days');
    const t = level.threshold ?? 0;
    return (a, b) => ids[a] >= 0 && ids[b] >= 0 && days(ids[a], ids[b]) <= t;
  }
  if (cols.length === 1) {
    const { ids, values } = cols[0];
    return (a, b) => {
      const ia = ids[a];
      const ib = ids[b];
      if (ia < 0 || ib < 0) return false;
      return ia === ib ? level.method !== 'date_transposed' : test(values[ia], values[ib]);
    };
  }
  return anyPair(cols, cols, test);
}

/** Either record has none of the fields. Spelt out for one and two fields: it runs for every pair
 * and every comparison, and the general form (every() over the columns) showed in profiles. */
function nullTest(ids: Int32Array[]): PairTest {
  if (ids.length === 1) {
    const [x] = ids as [Int32Array];
    return (a, b) => x[a] < 0 || x[b] < 0;
  }
  if (ids.length === 2) {
    const [x, y] = ids as [Int32Array, Int32Array];
    return (a, b) => (x[a] < 0 && y[a] < 0) || (x[b] < 0 && y[b] < 0);
  }
  const empty = (r: number) => {
    for (let k = 0; k < ids.length; k++) if (ids[k]![r]! >= 0) return false;
    return true;
  };
  return (a, b) => empty(a) || empty(b);
}

/** A similarity level on one column through the column's shared, memoised measure. */
function measuredTest(level: ComparisonLevel, col: Column): PairTest {
  const ids = col.ids;
  const kind = level.method as 'jaro_winkler' | 'token_set' | 'levenshtein';
  const t = level.threshold ?? (kind === 'levenshtein' ? 1 : kind === 'token_set' ? 0.5 : 0.9);
  const measure = columnMeasure(col, kind === 'jaro_winkler' && t < 0.7 ? 'jaro_winkler_low' : kind);
  const values = col.values;
  if (kind !== 'levenshtein') {
    return (a, b) => {
      const ia = ids[a];
      const ib = ids[b];
      return ia >= 0 && ib >= 0 && (ia === ib || measure(ia, ib) >= t);
    };
  }
  return (a, b) => {
    const ia = ids[a];
    const ib = ids[b];
    if (ia < 0 || ib < 0) return false;
    if (ia === ib) return true;
    const la = values[ia].length;
    const lb = values[ib].length;
    if (t >= 1) return Math.abs(la - lb) <= t && measure(ia, ib) <= t;
    return 1 - measure(ia, ib) / Math.max(la, lb) >= t;
  };
}

export function compileComparison(c: Comparison, store: ColumnStore): CompiledComparison {
  if (c.levels.length > 255) throw new Error(`comparison ${c.name}: too many levels`);
  const tests = c.levels.map((l) => compileLevel(l, c.fields, store));
  const tfColumns = c.levels.map((l) => {
    const f = l.fields ?? c.fields;
    return c.tfAdjust && l.method === 'exact' && f.length === 1 && !l.swap ? store.get(f[0]) : null;
  });
  const { levelOf, fill } = unrolled(tests);
  return {
    name: c.name,
    levelNames: c.levels.map((l) => l.name),
    nullLevel: c.levels.findIndex((l) => l.method === 'null'),
    tfColumns,
    levelOf,
    fill,
  };
}

/**
 * The level function of one comparison, its tests called one by one from code made for it (and the
 * loop over a chunk of pairs with it). A loop over `tests`, or one loop shared by every comparison,
 * is a call site that sees every comparison's functions: V8 can inline none of them, and this runs
 * for every pair and comparison. Made with new Function, each comparison's code has call sites of
 * its own that see one function each. The source is made from the number of levels only.
 */
function unrolled(tests: PairTest[]): Pick<CompiledComparison, 'levelOf' | 'fill'> {
  const last = tests.length - 1;
  const names = tests.map((_, k) => `t${k}`);
  // The last level catches the rest, 'else' or not.
  const body = names.slice(0, last).map((t, k) => `if (${t}(a, b)) return ${k};`).join(' ');
  const make = new Function(
    ...names,
    `const levelOf = (a, b) => { ${body} return ${last}; };
     const fill = (out, pa, pb, count) => { for (let i = 0; i < count; i++) out[i] = levelOf(pa[i], pb[i]); };
     return { levelOf, fill };`,
  ) as (...tests: PairTest[]) => Pick<CompiledComparison, 'levelOf' | 'fill'>;
  return make(...tests);
}

/** Level index per pair for one comparison. */
export function computeLevels(
  comp: CompiledComparison,
  pa: Int32Array,
  pb: Int32Array,
  count: number,
): Uint8Array {
  const out = new Uint8Array(count);
  comp.fill(out, pa, pb, count);
  return out;
}
