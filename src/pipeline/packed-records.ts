// Records kept for the outputs after matching, one string per record instead of a record object
// with its fields, keys and problems: at a million rows the objects alone outgrew the memory target.
// Of the problems, survivorship needs only which fields are invalid: a bitmask per record.
import { CANONICAL_FIELDS, type CanonicalField, type CleanRecord, type FieldValues, type StoredRecord } from '../types.js';
import type { MergeRecords } from '../merge/golden.js';
import { invalidMask } from '../merge/validity.js';

const SEP = '\u001f';
/** Marks a record packed as JSON because a value holds the separator (or starts with this mark). */
const JSON_MARK = '\u001e';
const FIELD_INDEX = new Map<CanonicalField, number>(CANONICAL_FIELDS.map((f, i) => [f, i]));

/** A record's fields as the one string PackedRecords keeps. */
export function packFields(fields: FieldValues): string {
  const values = CANONICAL_FIELDS.map((f) => fields[f] ?? '');
  const plain = !values.some((v) => v.includes(SEP)) && !values[0]!.startsWith(JSON_MARK);
  return plain ? values.join(SEP) : JSON_MARK + JSON.stringify(values);
}

export class PackedRecords implements MergeRecords {
  private readonly sourceNames: string[] = [];
  private readonly sourceIndex = new Map<string, number>();
  private readonly sourceOf: number[] = [];
  private readonly rows: number[] = [];
  private readonly packed: string[] = [];
  /** Invalid-fields mask per record (validity.ts), made at the first record with one: 4 bytes a
   *  record, none while every value is valid. Grows by doubling. */
  private invalid: Int32Array | undefined;

  get length(): number {
    return this.packed.length;
  }

  /** A record; its invalid fields from its problems when it has them (a CleanRecord), else none. */
  add(record: StoredRecord | CleanRecord, invalid = 'problems' in record ? invalidMask(record) : 0): void {
    this.addPacked(record.source, record.row, packFields(record.fields), invalid);
  }

  /** A record whose fields were packed elsewhere (packFields, in a worker), with its invalid-fields
   *  mask (invalidMask; 0: every value valid). */
  addPacked(source: string, row: number, packed: string, invalid = 0): void {
    let id = this.sourceIndex.get(source);
    if (id === undefined) {
      id = this.sourceNames.length;
      this.sourceIndex.set(source, id);
      this.sourceNames.push(source);
    }
    if (invalid !== 0) this.setInvalid(this.packed.length, invalid);
    this.sourceOf.push(id);
    this.rows.push(row);
    this.packed.push(packed);
  }

  private setInvalid(i: number, mask: number): void {
    if (!this.invalid || i >= this.invalid.length) {
      const grown = new Int32Array(Math.max(1024, i * 2));
      if (this.invalid) grown.set(this.invalid);
      this.invalid = grown;
    }
    this.invalid[i] = mask;
  }

  /** Bitmask over CANONICAL_FIELDS of record i's values flagged invalid (0: none). */
  invalidFields(i: number): number {
    return this.invalid !== undefined && i < this.invalid.length ? this.invalid[i]! : 0;
  }

  /** Source id per record, in order of first appearance. */
  sourceIds(): Int32Array {
    return Int32Array.from(this.sourceOf);
  }

  source(i: number): string {
    return this.sourceNames[this.sourceOf[i]!]!;
  }

  row(i: number): number {
    return this.rows[i]!;
  }

  /** One field without rebuilding the record (clusters.csv needs the id of every record). */
  field(i: number, field: CanonicalField): string {
    const text = this.packed[i];
    if (text === undefined) return '';
    const at = FIELD_INDEX.get(field)!;
    if (text.startsWith(JSON_MARK)) return (JSON.parse(text.slice(1)) as string[])[at] ?? '';
    let start = 0;
    for (let f = 0; f < at; f++) start = text.indexOf(SEP, start) + 1;
    const end = text.indexOf(SEP, start);
    return text.slice(start, end < 0 ? undefined : end);
  }

  /** Record i's packed text as packFields made it (for writers that read it without splitting). */
  packedText(i: number): string | undefined {
    return this.packed[i];
  }

  /** Every canonical field's value ('' when empty), in CANONICAL_FIELDS order. */
  values(i: number): string[] {
    const text = this.packed[i];
    if (text === undefined) return CANONICAL_FIELDS.map(() => '');
    return text.startsWith(JSON_MARK) ? (JSON.parse(text.slice(1)) as string[]) : text.split(SEP);
  }

  /** The record rebuilt: source, row and its non-empty fields. */
  at(i: number): StoredRecord | undefined {
    if (this.packed[i] === undefined) return undefined;
    const values = this.values(i);
    const fields: FieldValues = {};
    for (let f = 0; f < CANONICAL_FIELDS.length; f++) if (values[f]) fields[CANONICAL_FIELDS[f]!] = values[f];
    return { source: this.source(i), row: this.rows[i]!, fields };
  }
}
