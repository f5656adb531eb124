// The records as dedupe's output writers read them (PackedRecords is the one the pipeline passes).
import type { CanonicalField } from '../types.js';
import type { MergeRecords } from '../merge/golden.js';
import type { ByteSpan } from './record-lines.js';
import type { Utf8Sink } from './utf8-sink.js';

/** Records by index, with who each is without rebuilding it and their invalid fields (PackedRecords). */
export interface OutputRecords extends MergeRecords {
  source(i: number): string;
  row(i: number): number;
  field(i: number, field: CanonicalField): string;
  /** Every canonical field's value, in CANONICAL_FIELDS order. */
  values(i: number): string[];
  /** Record i's selected fields written as CSV cells, when the list keeps them so (PackedRecords.writeCsvFields). */
  writeCsvFields?(i: number, sink: Utf8Sink, selected: Uint8Array): boolean;
  /** Where one field of record i lies in its bytes, when the list keeps them so (PackedRecords.fieldSpan). */
  fieldSpan?(i: number, field: CanonicalField): ByteSpan | undefined;
}
