// Which of a record's values are invalid, for survivorship: a value the standardize stage could not
// standardize and kept as it came (record.problems), as a bitmask over CANONICAL_FIELDS (bit i =
// CANONICAL_FIELDS[i]; 25 fields fit in an int32), so a million records keep it in 4 bytes each.
import { CANONICAL_FIELDS, type CanonicalField, type CleanRecord } from '../types.js';

const BIT = new Map<CanonicalField, number>(CANONICAL_FIELDS.map((f, i) => [f, 1 << i]));

/** The bit of one field in an invalid-fields mask. */
export function fieldBit(field: CanonicalField): number {
  return BIT.get(field)!;
}

/** The fields of a record that hold a value flagged invalid, as a mask (0: none). */
export function invalidMask(record: Pick<CleanRecord, 'problems'>): number {
  let mask = 0;
  // A note (an ambiguous reading, a domain typo suggestion, a phone cell's number no field kept) is on
  // a value that was standardized: it does not make the value invalid.
  for (const p of record.problems) if (p.kind === 'invalid') mask |= fieldBit(p.field);
  return mask;
}
