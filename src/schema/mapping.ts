import type { CanonicalField } from '../types.js';
import { lookupSynonym, type SynonymHit } from './lookup.js';
import { normalizeHeader } from './normalize.js';

/** How one column of a source maps onto the canonical schema. */
export interface HeaderMapping {
  header: string;
  /** 0-based column index. */
  index: number;
  /** Absent: the column passes through under its own header. */
  field?: CanonicalField;
  how: 'synonym' | 'override' | 'unmapped' | 'duplicate';
}

/** Per-source overrides by header: a canonical field, or null to force the column to pass through. */
export interface MappingOverrides {
  [header: string]: CanonicalField | null;
}

/** Two phone columns: the second one goes to the free sibling field (电话 + 联系电话 → phone + mobile). */
const SPILL: Partial<Record<CanonicalField, CanonicalField>> = { phone: 'mobile', mobile: 'phone' };

type Candidate =
  | { kind: 'override'; field: CanonicalField | null }
  | { kind: 'synonym'; hit: SynonymHit }
  | { kind: 'none' };

function overrideLookup(overrides: MappingOverrides): (h: string) => CanonicalField | null | undefined {
  const byKey = new Map<string, CanonicalField | null>();
  for (const [header, field] of Object.entries(overrides)) byKey.set(normalizeHeader(header), field);
  return (h) => (Object.hasOwn(overrides, h) ? overrides[h] : byKey.get(normalizeHeader(h)));
}

function candidates(header: string[], overrides?: MappingOverrides): Candidate[] {
  const override = overrides ? overrideLookup(overrides) : () => undefined;
  return header.map((h): Candidate => {
    const forced = override(h);
    if (forced !== undefined) return { kind: 'override', field: forced };
    const hit = lookupSynonym(h);
    return hit ? { kind: 'synonym', hit } : { kind: 'none' };
  });
}

/**
 * Maps a header row onto canonical fields. Each field is taken once, in this order: overrides,
 * strong synonyms, weak synonyms (each in column order); a column that loses its field then tries
 * the phone/mobile sibling (strong synonyms only) or its weak fallback, else passes through as
 * 'duplicate'.
 */
export function mapHeaders(header: string[], overrides?: MappingOverrides): HeaderMapping[] {
  const cands = candidates(header, overrides);
  const result: HeaderMapping[] = header.map((h, index) => ({ header: h, index, how: 'unmapped' }));
  const taken = new Set<CanonicalField>();
  const losers: number[] = [];
  const claim = (i: number, field: CanonicalField, how: HeaderMapping['how']): void => {
    taken.add(field);
    result[i] = { header: header[i]!, index: i, field, how };
  };

  cands.forEach((c, i) => {
    if (c.kind !== 'override') return;
    if (c.field === null) result[i]!.how = 'override';
    else if (taken.has(c.field)) result[i]!.how = 'duplicate';
    else claim(i, c.field, 'override');
  });
  for (const weak of [false, true]) {
    cands.forEach((c, i) => {
      if (c.kind !== 'synonym' || c.hit.weak !== weak) return;
      if (taken.has(c.hit.field)) losers.push(i);
      else claim(i, c.hit.field, 'synonym');
    });
  }
  for (const i of losers.sort((a, b) => a - b)) {
    const hit = (cands[i] as { hit: SynonymHit }).hit;
    const spill = hit.weak ? undefined : SPILL[hit.field];
    const fallback = [spill, hit.alt].find((f) => f !== undefined && !taken.has(f));
    if (fallback) claim(i, fallback, 'synonym');
    else result[i]!.how = 'duplicate';
  }
  return result;
}
