// rejects.csv: every row that could not be used, with the reason, in input order.
import type { Reject } from '../types.js';
import { writeCsv, type CsvWriterOptions } from './csv-writer.js';

export const REJECTS_HEADER = ['source', 'file', 'row', 'column', 'value', 'reason'];

export function writeRejects(path: string, rejects: Reject[], options?: CsvWriterOptions): Promise<number> {
  return writeCsv(
    path,
    REJECTS_HEADER,
    rejects.map((r) => [r.source, r.file, String(r.row), r.column, r.value, r.reason]),
    options,
  );
}
