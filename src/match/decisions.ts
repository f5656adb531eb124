// Reviewer decisions: keyed by the two records' references, read back to override the model.
import type { CleanRecord } from '../types.js';
import type { Decision } from './types.js';

/** A record's stable reference in decisions and review files: `source#row`. */
export function recordRef(r: Pick<CleanRecord, 'source' | 'row'>): string {
  return `${r.source}#${r.row}`;
}

/** The key of a decision about two records: `${recordRef(a)}:${recordRef(b)}` (either order is read). */
export function decisionKey(a: Pick<CleanRecord, 'source' | 'row'>, b: Pick<CleanRecord, 'source' | 'row'>): string {
  return `${recordRef(a)}:${recordRef(b)}`;
}

export interface ResolvedDecisions {
  match: [number, number][];
  distinct: [number, number][];
  /** `${a}:${b}` of record indexes (a < b) → decision. */
  byPair: Map<string, Decision>;
  /** Keys naming records not in this run. */
  unknown: string[];
}

/** Turns decision keys into record index pairs (refOf(i) is recordRef of record i); a key may split at any ':' (sources may hold one). */
export function resolveDecisions(
  size: number,
  refOf: (i: number) => string,
  decisions?: Map<string, Decision>,
): ResolvedDecisions {
  const out: ResolvedDecisions = { match: [], distinct: [], byPair: new Map(), unknown: [] };
  if (!decisions || decisions.size === 0) return out;
  const index = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const ref = refOf(i);
    if (!index.has(ref)) index.set(ref, i);
  }
  for (const [key, decision] of decisions) {
    const pair = splitKey(key, index);
    if (!pair) {
      out.unknown.push(key);
      continue;
    }
    const [a, b] = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
    if (a === b) continue;
    out.byPair.set(`${a}:${b}`, decision);
    (decision === 'match' ? out.match : out.distinct).push([a, b]);
  }
  return out;
}

function splitKey(key: string, index: Map<string, number>): [number, number] | null {
  for (let p = key.indexOf(':'); p >= 0; p = key.indexOf(':', p + 1)) {
    const a = index.get(key.slice(0, p));
    const b = index.get(key.slice(p + 1));
    if (a !== undefined && b !== undefined) return [a, b];
  }
  return null;
}
