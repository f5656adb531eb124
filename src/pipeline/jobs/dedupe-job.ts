// `recon dedupe`'s work on a batch of rows before matching: map, standardize, and keep only what
// the later stages read: the fields packed as PackedRecords keeps them with the mask of the invalid
// ones, and the values at the match settings' paths. Runs in a worker or here.
import { pathAppender } from '../../match/value-table.js';
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
  /** The values at the match paths, one array per path (pathAppender). */
  values: (string | undefined)[][];
}

export function dedupeJob(settings: DedupeJobSettings): RowJob<DedupeBatch> {
  const standardizer = rowStandardizer(settings.sources, { changes: false }); // dedupe audits merges, not changes
  const appendValues = pathAppender(settings.paths);
  return ({ source, rows }) => {
    const standardize = standardizer(source);
    const out: Omit<DedupeBatch, 'packed'> = { source, rows: [], invalid: [], values: settings.paths.map(() => []) };
    const fields = [];
    for (const { record } of standardize(rows)) {
      out.rows.push(record.row);
      fields.push(record.fields);
      out.invalid.push(invalidMask(record));
      appendValues(record, out.values);
    }
    return { ...out, packed: packBatch(fields) };
  };
}
