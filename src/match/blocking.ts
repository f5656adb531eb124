// Blocking: rules as plain data turn records into candidate pairs without comparing all n² pairs.
// Each pair is kept once, by the first rule that produces it; a bit mask records every rule that
// produces it (checked in O(1) per rule from per-record key ids or sorted positions).
import type { ColumnStore } from './columns.js';
import { PairBuffer } from './pair-buffer.js';
import { idsInStringOrder } from './string-order.js';
import type { BlockingRule } from './types.js';

export interface SkippedBlock {
  rule: string;
  key: string;
  size: number;
}

export interface BlockingOutput {
  /** Unique pairs, each kept by the first rule that produced it. */
  pairs: PairBuffer;
  /** New pairs per rule: pairs no earlier rule produced (the counts sum to the candidates). */
  perRule: Record<string, number>;
  skipped: SkippedBlock[];
  /** Bit mask of every rule producing (a, b); computed on demand, for the pairs that are reported. */
  rulesOf: (a: number, b: number) => number;
  /** rulesOf for every candidate pair at once: rule by rule, so one rule's key array is in the cache
   * at a time (pair by pair, every rule's array was: 5 s at 8.4M pairs, against ~1 s); a rule is
   * checked only on the pairs of the rules before it (see candidateMasks). */
  ruleMasks: () => Uint32Array;
}

export interface BlockingOptions {
  maxBlockSize: number;
  /** Pair budget per exact rule: past it, the rule's largest blocks are skipped (reported) first. */
  maxRulePairs?: number;
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
  /** sorted: per record, the id of its run of equal keys when the run is longer than the window
   *  (-1 otherwise): records of one such run are not paired with each other (see emitSorted). */
  longRun?: Int32Array;
  /** Pairs the rule emitted, before those of earlier rules were dropped: a rule that emitted none
   *  (its fields empty in this input: national_id, birth_date on the bench) produces no candidate,
   *  and checking it was a pass over every later rule's pairs for nothing. */
  emitted: number;
}

/** Combined key id per record for several specs; -1 when any component is empty. Ids are dense,
 * in order of first appearance (block order, and so pair order, is input order). */
export function compositeKey(store: ColumnStore, specs: string[]): Int32Array {
  if (specs.length === 1) return store.get(specs[0]).ids.slice(); // a copy: skipped blocks are cleared in it
  // The first spec's ids renumbered alone: what combining them with one all-zero key gives, without
  // its bucketing passes (block() on 300k bench rows: 1,115 -> 1,051 ms, alternating; at 1M within noise).
  const first = store.get(specs[0]);
  let key = firstSeenOrder(first.ids, first.values.length);
  for (let k = 1; k < specs.length; k++) {
    const col = store.get(specs[k]);
    key = combine(key, col.ids, col.values.length);
  }
  return key;
}

/**
 * Dense ids of the pairs (key, value), in linear time: records bucketed by key (a counting sort),
 * then within a bucket each value's id remembered in an array indexed by value. A Map keyed by
 * key × values + value boxed every number and was most of blocking at a million records; a sort
 * of the packed numbers was still slower than this.
 */
function combine(key: Int32Array, ids: Int32Array, values: number): Int32Array {
  const n = key.length;
  const both = new Int32Array(n);
  for (let i = 0; i < n; i++) both[i] = key[i] >= 0 && ids[i] >= 0 ? key[i] : -1;
  const { order, start } = groupByKey(both);
  const lastKey = new Int32Array(values).fill(-1);
  const idOfValue = new Int32Array(values);
  const bucketed = new Int32Array(n).fill(-1);
  let next = 0;
  for (let k = 0; k + 1 < start.length; k++) {
    for (let p = start[k]; p < start[k + 1]; p++) {
      const v = ids[order[p]];
      if (lastKey[v] !== k) {
        lastKey[v] = k;
        idOfValue[v] = next++;
      }
      bucketed[order[p]] = idOfValue[v];
    }
  }
  // Renumbered in order of first appearance, as ids are everywhere else.
  return firstSeenOrder(bucketed, next);
}

/** Ids (below `count`, -1 for none) renumbered densely in order of first appearance. */
function firstSeenOrder(ids: Int32Array, count: number): Int32Array {
  const n = ids.length;
  const firstSeen = new Int32Array(count).fill(-1);
  const out = new Int32Array(n);
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const b = ids[i];
    if (b < 0) out[i] = -1;
    else out[i] = firstSeen[b] >= 0 ? firstSeen[b] : (firstSeen[b] = seen++);
  }
  return out;
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

/** Sorted position per record by its key string (ties by record index), -1 without a key; and
 *  per record the rank of its key when more than `window` records share it (else -1). */
function sortedPositions(store: ColumnStore, specs: string[], window: number): { pos: Int32Array; order: Int32Array; longRun: Int32Array } {
  const n = store.size;
  const key = compositeKey(store, specs);
  const strings = keyStrings(store, specs, key);
  // Key ids sorted by their strings (distinct, so the UTF-16 order is total), then a rank per id:
  // an array lookup per record, where a Map from string to rank hashed a million strings.
  const byString = idsInStringOrder(strings);
  const rankOfId = new Int32Array(strings.length);
  byString.forEach((id, r) => (rankOfId[id] = r));
  const rankKey = new Int32Array(n);
  for (let i = 0; i < n; i++) rankKey[i] = key[i] < 0 ? -1 : rankOfId[key[i]];
  const { order, start } = groupByKey(rankKey);
  const pos = new Int32Array(n).fill(-1);
  order.forEach((rec, p) => (pos[rec] = p));
  const longRun = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = rankKey[i]!;
    if (r >= 0 && start[r + 1]! - start[r]! > window) longRun[i] = r;
  }
  return { pos, order, longRun };
}

/** Records of one run of equal keys longer than the window (see emitSorted). */
const inOneLongRun = (longRun: Int32Array, a: number, b: number): boolean => longRun[a]! >= 0 && longRun[a] === longRun[b];

/** The string of each key id (the specs' values joined). */
function keyStrings(store: ColumnStore, specs: string[], key: Int32Array): string[] {
  if (specs.length === 1) return store.get(specs[0]).values;
  const strings: string[] = [];
  for (let i = 0; i < key.length; i++) {
    if (key[i] >= 0 && strings[key[i]] === undefined) strings[key[i]] = specs.map((s) => store.value(s, i)).join('\u0001');
  }
  return strings;
}

/** An exact rule's pair budget unless the settings give one (MatchSettings.maxRulePairs, which says
 *  why this much). */
export const defaultRulePairs = (records: number): number => Math.max(100_000, Math.floor(records / 2));

/** Skipped blocks reported per rule (the largest); the rest are skipped silently. */
export const MAX_REPORTED_PER_RULE = 100;

/** Blocks over maxBlockSize, then the largest others while the rule's pairs exceed its budget;
 * largest first, ties by key id, so the choice is reproducible. */
function blocksToSkip(start: Int32Array, opts: BlockingOptions): number[] {
  const size = (k: number) => start[k + 1] - start[k];
  const blocks: number[] = [];
  let pairs = 0;
  for (let k = 0; k + 1 < start.length; k++) {
    if (size(k) < 2) continue;
    blocks.push(k);
    pairs += (size(k) * (size(k) - 1)) / 2;
  }
  blocks.sort((x, y) => size(y) - size(x) || x - y);
  const budget = opts.maxRulePairs ?? Infinity;
  const out: number[] = [];
  for (const k of blocks) {
    if (size(k) <= opts.maxBlockSize && pairs <= budget) break;
    out.push(k);
    pairs -= (size(k) * (size(k) - 1)) / 2;
  }
  return out;
}

function produces(ix: RuleIndex, a: number, b: number): boolean {
  const ka = ix.key[a];
  if (ka < 0) return false;
  if (!ix.sorted) return ka === ix.key[b];
  const kb = ix.key[b];
  return kb >= 0 && Math.abs(ka - kb) < ix.window && !inOneLongRun(ix.longRun!, a, b);
}

/** hit[i] = 1 when rule `ix` produces pair (a[i], b[i]), else 0, for the first n pairs. Rule by rule
 *  over many pairs, so that one key array is in the cache at a time: pair by pair, every rule's was. */
function producedBy(ix: RuleIndex, a: Int32Array, b: Int32Array, n: number, hit: Uint8Array): void {
  const { key, window: w } = ix;
  if (ix.sorted) {
    const longRun = ix.longRun!;
    for (let i = 0; i < n; i++) {
      const ka = key[a[i]];
      const kb = key[b[i]];
      hit[i] = ka >= 0 && kb >= 0 && (ka > kb ? ka - kb : kb - ka) < w && !inOneLongRun(longRun, a[i]!, b[i]!) ? 1 : 0;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const ka = key[a[i]];
      hit[i] = ka >= 0 && ka === key[b[i]] ? 1 : 0;
    }
  }
}

/** 1 for each of `buf`'s pairs that no rule before `k` produces. */
function notProducedBefore(indexes: RuleIndex[], k: number, buf: PairBuffer): Uint8Array {
  const n = buf.length;
  const fresh = new Uint8Array(n).fill(1);
  const hit = new Uint8Array(n);
  for (let j = 0; j < k; j++) {
    if (indexes[j]!.emitted === 0) continue;
    producedBy(indexes[j], buf.a, buf.b, n, hit);
    for (let i = 0; i < n; i++) if (hit[i]) fresh[i] = 0;
  }
  return fresh;
}

function countZeros(flags: Uint8Array, n: number): number {
  let zeros = 0;
  for (let i = 0; i < n; i++) if (!flags[i]) zeros++;
  return zeros;
}


function ruleMask(indexes: RuleIndex[], a: number, b: number): number {
  let mask = 0;
  indexes.forEach((ix, j) => {
    if (produces(ix, a, b)) mask |= 1 << j;
  });
  return mask >>> 0;
}

/**
 * ruleMask of every candidate pair. The candidates come rule by rule (pairs [from[k], from[k + 1])
 * are rule k's), and block() dropped from rule k's every pair an earlier rule produced: so such a
 * pair has bit k and no earlier bit, and rule j is checked only on the pairs before from[j]. At 1M
 * bench rows that is 16M checks instead of 54M.
 */
function candidateMasks(indexes: RuleIndex[], pairs: PairBuffer, from: Int32Array): Uint32Array {
  const masks = new Uint32Array(pairs.length);
  for (let k = 0; k < indexes.length; k++) masks.fill(1 << k, from[k], from[k + 1]);
  const hit = new Uint8Array(pairs.length);
  indexes.forEach((ix, j) => {
    const n = from[j]!;
    if (ix.emitted === 0 || n === 0) return; // it produces no candidate (see RuleIndex.emitted)
    producedBy(ix, pairs.a, pairs.b, n, hit);
    const bit = 1 << j;
    for (let i = 0; i < n; i++) if (hit[i]) masks[i] |= bit;
  });
  return masks;
}

export function block(store: ColumnStore, rules: BlockingRule[], opts: BlockingOptions): BlockingOutput {
  if (rules.length > 32) throw new Error('at most 32 blocking rules');
  const skipped: SkippedBlock[] = [];
  const indexes: RuleIndex[] = [];
  const firstProduced = new Array<number>(rules.length).fill(0);
  const src = opts.linkOnlySources;
  // A rule's pairs are collected, then those an earlier rule produced are dropped, rule by rule:
  // one key array in the cache at a time (checking every earlier rule per pair was most of the
  // block stage at 1M rows). The order stays rule by rule, then as each rule emits.
  const scratch = new PairBuffer();
  const parts: { a: Int32Array; b: Int32Array }[] = [];
  const emit = (_k: number, x: number, y: number) => {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    if (a === b || (src && src[a] === src[b])) return;
    scratch.push(a, b);
  };
  // Index every rule first so each pair's mask sees all of them.
  const orders: Int32Array[] = [];
  const starts: Int32Array[] = [];
  for (const rule of rules) {
    if (rule.kind === 'sorted_neighbourhood') {
      const window = Math.max(2, rule.window ?? 5);
      const { pos, order, longRun } = sortedPositions(store, rule.keys, window);
      indexes.push({ rule, key: pos, window, sorted: true, longRun, emitted: 0 });
      orders.push(order);
      starts.push(new Int32Array(0));
    } else {
      const key = compositeKey(store, rule.keys);
      const { order, start } = groupByKey(key);
      let reported = 0;
      for (const k of blocksToSkip(start, opts)) {
        if (reported++ < MAX_REPORTED_PER_RULE) {
          skipped.push({ rule: rule.name, key: describeKey(store, rule.keys, order[start[k]]), size: start[k + 1] - start[k] });
        }
        for (let p = start[k]; p < start[k + 1]; p++) key[order[p]] = -1;
      }
      indexes.push({ rule, key, window: 0, sorted: false, emitted: 0 });
      orders.push(order);
      starts.push(start);
    }
  }
  indexes.forEach((ix, k) => {
    scratch.length = 0;
    if (ix.sorted) emitSorted(ix, orders[k], k, emit);
    else emitBlocks(ix, orders[k], starts[k], k, emit);
    ix.emitted = scratch.length;
    const fresh = notProducedBefore(indexes, k, scratch);
    const count = scratch.length - countZeros(fresh, scratch.length);
    const a = new Int32Array(count);
    const b = new Int32Array(count);
    for (let i = 0, w = 0; i < scratch.length; i++) {
      if (!fresh[i]) continue;
      a[w] = scratch.a[i];
      b[w++] = scratch.b[i];
    }
    parts.push({ a, b });
    firstProduced[k] += count;
  });
  // Joined once at their exact size (growing one buffer by doubling copied it twice over).
  const pairs = PairBuffer.concat(parts);
  const perRule: Record<string, number> = {};
  rules.forEach((r, k) => (perRule[r.name] = (perRule[r.name] ?? 0) + firstProduced[k]!));
  const from = new Int32Array(rules.length + 1);
  for (let k = 0; k < rules.length; k++) from[k + 1] = from[k]! + firstProduced[k]!;
  // The pairs are read when asked for: the compare stage may have moved them (to shared memory).
  return { pairs, perRule, skipped, rulesOf: (a, b) => ruleMask(indexes, a, b), ruleMasks: () => candidateMasks(indexes, pairs, from) };
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

/**
 * Each record with the next window-1 in key order, except two of one run of equal keys longer than
 * the window: there the order is the input's, so the window would pair each record with a few
 * arbitrary namesakes. On the 300k bench name_sorted made 1.12M of the 2.59M candidates, 470k of
 * them such namesakes, and found 7 true pairs no other rule did (the same 7 without them); F1 here
 * and on ../shared/datasets is unchanged. Equal keys are what exact rules are for; a run no longer
 * than the window is paired whole, as before.
 */
function emitSorted(ix: RuleIndex, order: Int32Array, k: number, emit: Emit): void {
  const longRun = ix.longRun!;
  for (let p = 0; p < order.length; p++) {
    const end = Math.min(order.length, p + ix.window);
    for (let q = p + 1; q < end; q++) if (!inOneLongRun(longRun, order[p]!, order[q]!)) emit(k, order[p], order[q]);
  }
}
