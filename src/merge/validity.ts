// Which of a record's values are invalid, for survivorship: a value the standardize stage could not
// standardize and kept as it came (record.problems), as a bitmask over CANONICAL_FIELDS (bit i =
// CANONICAL_FIELDS[i]; 25 fields fit in an int32), so a million records keep it in 4 bytes each.
import { CANONICAL_FIELDS, type CanonicalField, type CleanRecord } from '../types.js';

const BIT = new Map<CanonicalField, number>(CANONICAL_FIELDS.map((f, i) => [f, 1 << i]));

/** The bit of one field in an invalid-fields mask. */
export function fieldBit(field: CanonicalField): number {
  return BIT.get(field)!;
}

/**
 * Problems that are a note on a value that was standardized, not a reason it could not be: a date
 * or amount read in the configured order ("ambiguous: read as dmy"), a probable e-mail domain typo
 * (a well-formed address), and the numbers of a phone cell that no field took (the field holds the
 * first, a valid number).
 */
const NOTE = /^(?:ambiguous: |domain typo: |other number not kept: )/;

/** The fields of a record that hold a value flagged invalid, as a mask (0: none). */
export function invalidMask(record: Pick<CleanRecord, 'keys' | 'problems'>): number {
  let mask = 0;
  for (const p of record.problems) {
    if (NOTE.test(p.reason)) continue;
    // A phone cell with several numbers keeps the first valid one and reports the others; its field
    // holds a number exactly when the normalizer typed it (keys.phone_type, keys.mobile_type).
    if ((p.field === 'phone' || p.field === 'mobile') && record.keys[`${p.field}_type`] !== undefined) continue;
    mask |= fieldBit(p.field);
  }
  return mask;
}
