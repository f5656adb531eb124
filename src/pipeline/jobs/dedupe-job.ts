// `recon dedupe`'s work on a batch of rows before matching: map, standardize, and keep only what
// the later stages read: the fields packed as PackedRecords keeps them with the mask of the invalid
// ones, and the values at the match settings' paths. Runs in a worker or here.
import { threadId } from 'node:worker_threads';
import { ValueNumbering } from '../../match/value-table.js';
import type { CleanRecord } from '../../types.js';
import { packBatch, type PackedBatch } from '../packed-records.js';
import { invalidMask } from '../../merge/validity.js';
import type { RowJob, SourceShape } from './types.js';
import { rowStandardizer } from './standardize-rows.js';

export interface DedupeJobSettings {
  sources: SourceShape[];
  /** The paths the match stage reads (settingsPaths), in ValueTable's order. */
  paths: string[];
}

export interface DedupeBatch {
  source: number;
  rows: number[];
  /** The records' fields as PackedRecords keeps them (UTF-8, off the JS heap). */
  packed: PackedBatch;
  /** Per row, the fields holding a value flagged invalid (invalidMask; 0: none). */
  invalid: number[];
  /** The job whose ValueNumbering numbered `valueIds` (one per thread and run). */
  origin: string;
  /** Per row, the id of its value at each of the settings' paths in that numbering (-1: none). */
  valueIds: Int32Array;
  /** The values the numbering saw first in this batch, in id order (ValueTable.addNumbered). */
  fresh: string[];
}

/** Jobs made by this thread, for each job's origin. */
let jobsMade = 0;

export function dedupeJob(settings: DedupeJobSettings): RowJob<DedupeBatch> {
  const standardizer = rowStandardizer(settings.sources, { changes: false }); // dedupe audits merges, not changes
  const numbering = new ValueNumbering(settings.paths);
  const origin = `${threadId}:${jobsMade++}`;
  return ({ source, rows }) => {
    const standardize = standardizer(source);
    const out = { source, rows: [] as number[], invalid: [] as number[] };
    const fields = [];
    const records: CleanRecord[] = [];
    for (const { record } of standardize(rows)) {
      out.rows.push(record.row);
      fields.push(record.fields);
      out.invalid.push(invalidMask(record));
      records.push(record);
    }
    const packed = packBatch(fields);
    // Numbered last: a batch that failed before leaves the numbering as it was, in step with what
    // the main thread has seen of it.
    const { ids, fresh } = numbering.number(records);
    return { ...out, packed, origin, valueIds: ids, fresh };
  };
}
