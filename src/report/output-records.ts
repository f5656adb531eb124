// The records as dedupe's output writers read them (PackedRecords is the one the pipeline passes).
import type { CanonicalField } from '../types.js';
import type { MergeRecords } from '../merge/golden.js';
import type { ByteSpan } from './record-lines.js';

/** Records by index, with who each is without rebuilding it and their invalid fields (PackedRecords). */
export interface OutputRecords extends MergeRecords {
  source(i: number): string;
  row(i: number): number;
  field(i: number, field: CanonicalField): string;
  /** Every canonical field's value, in CANONICAL_FIELDS order. */
  values(i: number): string[];
  /** Record i's fields as CSV-ready UTF-8, when the list keeps them so (PackedRecords.csvFieldBytes). */
  csvFieldBytes?(i: number): { bytes: Uint8Array; bounds: Int32Array } | undefined;
  /** Where one field of record i lies in its bytes, when the list keeps them so (PackedRecords.fieldSpan). */
  fieldSpan?(i: number, field: CanonicalField): ByteSpan | undefined;
}
