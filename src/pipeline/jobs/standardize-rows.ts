// The step every row job starts with: a batch of raw rows of source k mapped and standardized with
// that source's mapping and context (one mapper per source, made once per job).
import { createRecordMapper } from '../../schema/index.js';
import { standardizeRecords, type StandardizeOutput } from '../../standardize/index.js';
import type { RawRow } from '../../types.js';
import type { SourceShape } from './types.js';

export function rowStandardizer(sources: SourceShape[]): (source: number) => (rows: RawRow[]) => StandardizeOutput[] {
  const perSource = sources.map((s) => {
    const toRecord = createRecordMapper(s.source, s.file, s.mapping);
    return (rows: RawRow[]) => standardizeRecords(rows.map(toRecord), s.context);
  });
  return (source) => perSource[source]!;
}
