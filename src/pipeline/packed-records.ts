// Records kept for the outputs after matching, one string per record instead of a record object
// with its fields, keys and problems: at a million rows the objects alone outgrew the memory target.
import { CANONICAL_FIELDS, type CleanRecord, type FieldValues, type RecordList, type StoredRecord } from '../types.js';

const SEP = '\u001f';
/** Marks a record packed as JSON because one of its values holds the separator itself. */
const JSON_MARK = '\u001e';

export class PackedRecords implements RecordList {
  private readonly sourceNames: string[] = [];
  private readonly sourceIndex = new Map<string, number>();
  private readonly sourceOf: number[] = [];
  private readonly rows: number[] = [];
  private readonly packed: string[] = [];

  get length(): number {
    return this.packed.length;
  }

  add(record: Pick<CleanRecord, 'source' | 'row' | 'fields'>): void {
    let source = this.sourceIndex.get(record.source);
    if (source === undefined) {
      source = this.sourceNames.length;
      this.sourceIndex.set(record.source, source);
      this.sourceNames.push(record.source);
    }
    this.sourceOf.push(source);
    this.rows.push(record.row);
    const values = CANONICAL_FIELDS.map((f) => record.fields[f] ?? '');
    this.packed.push(values.some((v) => v.includes(SEP)) ? JSON_MARK + JSON.stringify(values) : values.join(SEP));
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

  /** The record rebuilt: source, row and its non-empty fields. */
  at(i: number): StoredRecord | undefined {
    const text = this.packed[i];
    if (text === undefined) return undefined;
    const values: string[] = text.startsWith(JSON_MARK) ? JSON.parse(text.slice(1)) : text.split(SEP);
    const fields: FieldValues = {};
    for (let f = 0; f < CANONICAL_FIELDS.length; f++) if (values[f]) fields[CANONICAL_FIELDS[f]!] = values[f];
    return { source: this.source(i), row: this.rows[i]!, fields };
  }
}
