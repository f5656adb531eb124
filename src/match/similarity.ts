// The other per-value comparators: Levenshtein, token sets, dates and numbers.
import { distance } from 'fastest-levenshtein';

/** True when the edit distance is within `threshold` (≥ 1: edits; < 1: minimum similarity). */
export function levenshteinWithin(a: string, b: string, threshold: number): boolean {
  const maxLen = Math.max(a.length, b.length);
  if (threshold >= 1) {
    if (Math.abs(a.length - b.length) > threshold) return false;
    return distance(a, b) <= threshold;
  }
  if (maxLen === 0) return true;
  return 1 - distance(a, b) / maxLen >= threshold;
}

const TOKEN_SPLIT = /[\s,.;/\\|()\-_#]+/;

export function tokens(v: string): string[] {
  return v.toLowerCase().split(TOKEN_SPLIT).filter((t) => t !== '');
}

/** Jaccard similarity of the two values' token sets: word order and repeats do not matter. */
export function tokenSetSimilarity(a: string, b: string): number {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO date, NaN when the value is not one. */
export function isoDay(v: string): number {
  const m = ISO_DATE.exec(v);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function dateWithin(a: string, b: string, days: number): boolean {
  const d = Math.abs(isoDay(a) - isoDay(b));
  return d <= days; // NaN compares false
}

/** Same year, day and month swapped (a classic entry error): 1985-03-07 vs 1985-07-03. */
export function dateTransposed(a: string, b: string): boolean {
  // Cheap character checks first: most pairs differ in the year.
  if (a.length < 10 || b.length < 10 || a.slice(0, 4) !== b.slice(0, 4)) return false;
  const ma = ISO_DATE.exec(a);
  const mb = ISO_DATE.exec(b);
  if (!ma || !mb) return false;
  return ma[2] === mb[3] && ma[3] === mb[2] && ma[2] !== ma[3];
}

export function numericWithin(a: string, b: string, threshold: number): boolean {
  const x = Number(a);
  const y = Number(b);
  if (a === '' || b === '' || Number.isNaN(x) || Number.isNaN(y)) return false;
  return Math.abs(x - y) <= threshold;
}
