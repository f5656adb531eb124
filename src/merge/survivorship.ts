// Survivorship: which member's value a golden record keeps, field by field. A value flagged invalid
// (validity.ts) never survives a valid one; then rules are a chain of tie-breakers applied in order,
// and what is still tied at the end goes to the earliest record.
import type { CanonicalField, StoredRecord } from '../types.js';

export const SURVIVORSHIP_RULES = [
  'source_priority',
  'most_recent',
  'most_complete',
  'most_frequent',
  'longest',
  'first_non_empty',
  'earliest',
] as const;
export type SurvivorshipRule = (typeof SURVIVORSHIP_RULES)[number];

export interface MergeSettings {
  /** Chain used for every field without its own. */
  defaultRules: SurvivorshipRule[];
  fields: Partial<Record<CanonicalField, SurvivorshipRule[]>>;
  /** Source names, best first. Sources not listed rank after the listed ones. */
  sourcePriority: string[];
}

export const DEFAULT_MERGE: MergeSettings = {
  defaultRules: ['source_priority', 'most_recent', 'most_frequent', 'most_complete', 'longest'],
  // A customer was created once: the earliest creation date is the true one, not the latest copy's.
  fields: { created_at: ['earliest', 'source_priority'] },
  sourcePriority: [],
};

export interface Candidate {
  record: StoredRecord;
  /** Position in input order: the final tie-break. */
  index: number;
  value: string;
  /** The standardize stage flagged the value invalid (kept as it came): it survives only when no
   *  candidate is valid. Absent: valid. */
  invalid?: boolean;
}

export interface Survivor {
  value: string;
  from: Candidate;
  /** The rule that settled it (the last one that narrowed the field), for the audit; `valid_value`:
   *  the valid candidates were left once the invalid ones were dropped, and no rule narrowed further. */
  rule: SurvivorshipRule | 'only_value' | 'all_agree' | 'valid_value' | 'input_order';
}

/** Standardized dates are ISO 8601 and order as text; an invalid one, kept as it came ("yesterday",
 * "0/0/00"), would sort after or before every real date, so it says nothing about recency. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function recency(r: StoredRecord): string {
  const { updated_at: updated, created_at: created } = r.fields;
  if (updated && ISO_DATE.test(updated)) return updated;
  return created && ISO_DATE.test(created) ? created : '';
}

function completeness(r: StoredRecord): number {
  let n = 0;
  for (const v of Object.values(r.fields)) if (v) n++;
  return n;
}

/** Keeps the candidates scoring highest under one rule. */
function narrow(cands: Candidate[], rule: SurvivorshipRule, settings: MergeSettings): Candidate[] {
  const keepMax = (score: (c: Candidate) => number | string): Candidate[] => {
    let best: number | string | undefined;
    let kept: Candidate[] = [];
    for (const c of cands) {
      const s = score(c);
      if (best === undefined || s > best) {
        best = s;
        kept = [c];
      } else if (s === best) kept.push(c);
    }
    return kept;
  };
  switch (rule) {
    case 'source_priority': {
      const rank = (c: Candidate) => {
        const i = settings.sourcePriority.indexOf(c.record.source);
        return i < 0 ? -settings.sourcePriority.length : -i;
      };
      return keepMax(rank);
    }
    case 'most_recent':
      return keepMax((c) => recency(c.record));
    case 'most_complete':
      return keepMax((c) => completeness(c.record));
    case 'most_frequent': {
      const counts = new Map<string, number>();
      for (const c of cands) counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
      return keepMax((c) => counts.get(c.value)!);
    }
    case 'longest':
      return keepMax((c) => c.value.length);
    case 'first_non_empty':
      return keepMax((c) => -c.index);
    case 'earliest': {
      // ISO 8601 dates and times order as text; a value that is not one sorts by its text too.
      let min = cands[0]!.value;
      for (const c of cands) if (c.value < min) min = c.value;
      return cands.filter((c) => c.value === min);
    }
  }
}

/** The valid candidates when some are valid and some not; else undefined (nothing to drop). */
function validOnly(cands: Candidate[]): Candidate[] | undefined {
  if (!cands.some((c) => c.invalid)) return undefined;
  const valid = cands.filter((c) => !c.invalid);
  return valid.length > 0 ? valid : undefined;
}

/** Picks the surviving value of one field among a cluster's non-empty candidates. */
export function survive(cands: Candidate[], rules: SurvivorshipRule[], settings: MergeSettings): Survivor | undefined {
  if (cands.length === 0) return undefined;
  if (cands.length === 1) return { value: cands[0]!.value, from: cands[0]!, rule: 'only_value' };
  if (cands.every((c) => c.value === cands[0]!.value)) {
    // The same text valid in one record and not in another (a US postcode read as a CN one): the
    // value is settled either way; its lineage names a record where it is valid.
    const from = cands.find((c) => !c.invalid) ?? cands[0]!;
    return { value: from.value, from, rule: 'all_agree' };
  }
  const valid = validOnly(cands);
  let left = valid ?? cands;
  let rule: Survivor['rule'] = valid ? 'valid_value' : 'input_order';
  if (valid && left.every((c) => c.value === left[0]!.value)) return { value: left[0]!.value, from: left[0]!, rule };
  for (const r of rules) {
    const next = narrow(left, r, settings);
    if (next.length < left.length) rule = r;
    left = next;
    if (left.length === 1 || left.every((c) => c.value === left[0]!.value)) break;
  }
  const from = left.reduce((a, b) => (b.index < a.index ? b : a));
  return { value: from.value, from, rule };
}
