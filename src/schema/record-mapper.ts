import type { CanonicalField, FieldValues, RawRow, SourceRecord } from '../types.js';
import type { HeaderMapping } from './mapping.js';

/**
 * Keys for the pass-through columns: the header itself, made unique when a header is blank or
 * repeated ("" → "column_3", a second "Email" → "Email_2") so no cell is lost by overwriting.
 */
export function passthroughKeys(mapping: HeaderMapping[]): string[] {
  const used = new Set<string>();
  const keys: string[] = [];
  for (const m of mapping) {
    if (m.field !== undefined) continue;
    const base = m.header.trim() === '' ? `column_${m.index + 1}` : m.header;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
    used.add(key);
    keys.push(key);
  }
  return keys;
}

/** The extra cells of a source with none, shared (nothing writes to a record's extra). */
const NO_EXTRA: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

/**
 * Builds the row → record function for one source. It runs once per input row, so every lookup
 * by name is done here, once: the returned function only walks two index arrays. Cells missing
 * from a short row read as "" (the column exists in the source); cells past the header are the
 * reader's business (it rejects such rows) and are ignored here.
 */
export function createRecordMapper(
  source: string,
  file: string,
  mapping: HeaderMapping[],
): (row: RawRow) => SourceRecord {
  const mapped = mapping.filter((m) => m.field !== undefined);
  const fieldIdx = Int32Array.from(mapped, (m) => m.index);
  const fieldNames = mapped.map((m) => m.field as CanonicalField);
  const extraIdx = Int32Array.from(mapping.filter((m) => m.field === undefined), (m) => m.index);
  const extraNames = passthroughKeys(mapping);
  const nFields = fieldIdx.length;
  const nExtra = extraIdx.length;

  return (row: RawRow): SourceRecord => {
    const cells = row.cells;
    const fields: FieldValues = {};
    for (let k = 0; k < nFields; k++) fields[fieldNames[k]!] = cells[fieldIdx[k]!] ?? '';
    if (nExtra === 0) return { source, file, row: row.row, fields, extra: NO_EXTRA };
    // No prototype: a column headed "__proto__" or "constructor" is a column like any other.
    const extra = Object.create(null) as Record<string, string>;
    for (let k = 0; k < nExtra; k++) extra[extraNames[k]!] = cells[extraIdx[k]!] ?? '';
    return { source, file, row: row.row, fields, extra };
  };
}
