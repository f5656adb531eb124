// Which columns an output table has: the canonical fields any source maps (plus the fields the
// normalizers derive from them), then passthrough columns in first-seen order.
import { CANONICAL_FIELDS, type CanonicalField } from '../types.js';
import type { OpenedSource } from './sources.js';

/** Fields a normalizer may fill from another one (an address split, an amount's currency...). */
const DERIVED: Partial<Record<CanonicalField, CanonicalField[]>> = {
  name: ['first_name', 'last_name'],
  last_name: ['first_name'],
  phone: ['mobile'],
  mobile: ['phone'],
  address: ['region', 'city', 'district'],
  city: ['region'],
  amount: ['currency'],
};

export interface OutputColumns {
  fields: CanonicalField[];
  /** Passthrough headers; a header equal to a canonical field name is kept apart by a prefix. */
  extras: { header: string; column: string }[];
}

export function outputColumns(sources: OpenedSource[]): OutputColumns {
  const present = new Set<CanonicalField>();
  const extras = new Map<string, string>();
  for (const s of sources) {
    for (const m of s.mapping) {
      if (m.field) {
        present.add(m.field);
        for (const d of DERIVED[m.field] ?? []) present.add(d);
      } else if (!extras.has(m.header)) {
        const clash = (CANONICAL_FIELDS as readonly string[]).includes(m.header) || RESERVED.has(m.header);
        extras.set(m.header, clash ? `extra.${m.header}` : m.header);
      }
    }
  }
  return {
    fields: CANONICAL_FIELDS.filter((f) => present.has(f)),
    extras: [...extras].map(([header, column]) => ({ header, column })),
  };
}

/** Columns recon itself writes around the record's own. */
export const RESERVED = new Set(['source', 'source_row', 'problems']);
