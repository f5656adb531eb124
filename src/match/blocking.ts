// Blocking: rules as plain data turn records into candidate pairs without comparing all n² pairs.
// Each pair is kept once, by the first rule that produces it; a bit mask records every rule that
// produces it (checked in O(1) per rule from per-record key ids or sorted positions).
import type { ColumnStore } from './columns.js';
import { PairBuffer } from './pair-buffer.js';
import type { BlockingRule } from './types.js';

export interface SkippedBlock {
  rule: string;
  key: string;
  size: number;
}

export interface BlockingOutput {
  pairs: PairBuffer;
  /** Unique pairs each rule produces (a pair produced by two rules counts for both). */
  perRule: Record<string, number>;
  skipped: SkippedBlock[];
}

export interface BlockingOptions {
  maxBlockSize: number;
  /** Source id per record, when only pairs across sources are wanted. */
  linkOnlySources?: Int32Array;
}

/** Per-rule membership: exact rules by equal key id, sorted-neighbourhood rules by position. */
interface RuleIndex {
  rule: BlockingRule;
  /** exact: key id per record (-1: no key or skipped block); sorted: position in key order (-1: none). */
  key: Int32Array;
  window: number;
  sorted: boolean;
}

/** Combined key id per record for several specs; -1 when any component is empty. */
export function compositeKey(store: ColumnStore, specs: string[]): Int32Array {
  const n = store.records.length;
  let key = new Int32Array(n).fill(0);
  for (const spec of specs) {
    const col = store.get(spec);
    const width = col.values.length;
    const dense = new Map<number, number>();
    const next = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = col.ids[i];
      if (key[i] < 0 || v < 0) {
        next[i] = -1;
        continue;
      }
      const packed = key[i] * width + v; // < 2^53 as both ids are < 2^31 and width <= n
      let id = dense.get(packed);
      if (id === undefined) dense.set(packed, (id = dense.size));
      next[i] = id;
    }
    key = next;
  }
  return key;
}

function describeKey(store: ColumnStore, specs: string[], record: number): string {
  return specs.map((s) => store.value(s, record)).join(' | ');
}

/** Records grouped by key id: `order` lists members block by block, `start` offsets per key id. */
function groupByKey(key: Int32Array): { order: Int32Array; start: Int32Array } {
  let max = -1;
  for (let i = 0; i < key.length; i++) if (key[i] > max) max = key[i];
  const start = new Int32Array(max + 2);
  for (let i = 0; i < key.length; i++) if (key[i] >= 0) start[key[i] + 1]++;
  for (let k = 0; k <= max; k++) start[k + 1] += start[k];
  const fill = start.slice(0, max + 1);
  const order = new Int32Array(start[max + 1]);
  for (let i = 0; i < key.length; i++) if (key[i] >= 0) order[fill[key[i]]++] = i;
  return { order, start };
}

/** Sorted position per record by its key string (ties by record index); -1 without a key. */
function sortedPositions(store: ColumnStore, specs: string[]): { pos: Int32Array; order: Int32Array } {
  const n = store.records.length;
  const key = compositeKey(store, specs);
  const strings: string[] = [];
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (key[i] >= 0 && seen[key[i]] < 0) {
      seen[key[i]] = i;
      strings[key[i]] = specs.map((s) => store.value(s, i)).join('\u0001');
    }
  }
  const ranked = strings.map((_, id) => id).sort((x, y) => (strings[x] < strings[y] ? -1 : strings[x] > strings[y] ? 1 : x - y));
  const rank = new Int32Array(ranked.length);
  ranked.forEach((id, r) => (rank[id] = r));
  const rankKey = new Int32Array(n);
  for (let i = 0; i < n; i++) rankKey[i] = key[i] < 0 ? -1 : rank[key[i]];
  const { order } = groupByKey(rankKey);
  const pos = new Int32Array(n).fill(-1);
  order.forEach((rec, p) => (pos[rec] = p));
  return { pos, order };
}

function produces(ix: RuleIndex, a: number, b: number): boolean {
  const ka = ix.key[a];
  if (ka < 0) return false;
  if (!ix.sorted) return ka === ix.key[b];
  const kb = ix.key[b];
  return kb >= 0 && Math.abs(ka - kb) < ix.window;
}

/** Mask of rules ≥ from producing (a, b), or -1 when an earlier rule already produced it. */
function ruleMask(indexes: RuleIndex[], from: number, a: number, b: number): number {
  for (let j = 0; j < from; j++) if (produces(indexes[j], a, b)) return -1;
  let mask = 1 << from;
  for (let j = from + 1; j < indexes.length; j++) if (produces(indexes[j], a, b)) mask |= 1 << j;
  return mask >>> 0;
}

export function block(store: ColumnStore, rules: BlockingRule[], opts: BlockingOptions): BlockingOutput {
  if (rules.length > 32) throw new Error('at most 32 blocking rules');
  const skipped: SkippedBlock[] = [];
  const indexes: RuleIndex[] = [];
  const pairs = new PairBuffer();
  const src = opts.linkOnlySources;
  const emit = (k: number, x: number, y: number) => {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    if (a === b || (src && src[a] === src[b])) return;
    const mask = ruleMask(indexes, k, a, b);
    if (mask >= 0) pairs.push(a, b, mask);
  };
  // Index every rule first so each pair's mask sees all of them.
  const orders: Int32Array[] = [];
  const starts: Int32Array[] = [];
  for (const rule of rules) {
    if (rule.kind === 'sorted_neighbourhood') {
      const { pos, order } = sortedPositions(store, rule.keys);
      indexes.push({ rule, key: pos, window: Math.max(2, rule.window ?? 5), sorted: true });
      orders.push(order);
      starts.push(new Int32Array(0));
    } else {
      const key = compositeKey(store, rule.keys);
      const { order, start } = groupByKey(key);
      for (let k = 0; k + 1 < start.length; k++) {
        const size = start[k + 1] - start[k];
        if (size <= opts.maxBlockSize) continue;
        skipped.push({ rule: rule.name, key: describeKey(store, rule.keys, order[start[k]]), size });
        for (let p = start[k]; p < start[k + 1]; p++) key[order[p]] = -1;
      }
      indexes.push({ rule, key, window: 0, sorted: false });
      orders.push(order);
      starts.push(start);
    }
  }
  indexes.forEach((ix, k) => (ix.sorted ? emitSorted(ix, orders[k], k, emit) : emitBlocks(ix, orders[k], starts[k], k, emit)));
  return { pairs, perRule: countPerRule(rules, pairs), skipped };
}

type Emit = (k: number, x: number, y: number) => void;

function emitBlocks(ix: RuleIndex, order: Int32Array, start: Int32Array, k: number, emit: Emit): void {
  for (let blk = 0; blk + 1 < start.length; blk++) {
    const lo = start[blk];
    const hi = start[blk + 1];
    if (hi - lo < 2 || ix.key[order[lo]] < 0) continue; // singleton or skipped block
    for (let p = lo; p < hi; p++) for (let q = p + 1; q < hi; q++) emit(k, order[p], order[q]);
  }
}

function emitSorted(ix: RuleIndex, order: Int32Array, k: number, emit: Emit): void {
  for (let p = 0; p < order.length; p++) {
    const end = Math.min(order.length, p + ix.window);
    for (let q = p + 1; q < end; q++) emit(k, order[p], order[q]);
  }
}

function countPerRule(rules: BlockingRule[], pairs: PairBuffer): Record<string, number> {
  const counts = new Array<number>(rules.length).fill(0);
  for (let i = 0; i < pairs.length; i++) {
    let m = pairs.rules[i];
    for (let k = 0; m !== 0; k++, m >>>= 1) if (m & 1) counts[k]++;
  }
  const out: Record<string, number> = {};
  rules.forEach((r, k) => (out[r.name] = (out[r.name] ?? 0) + counts[k]));
  return out;
}
