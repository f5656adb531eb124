// `recon clean`'s work on a batch of rows: map, standardize, and the lines of cleaned.csv,
// audit.ndjson and problems.csv, with the counts summary.json adds up. Runs in a worker or here.
import { createRecordMapper } from '../../schema/index.js';
import { standardizeRecord } from '../../standardize/index.js';
import { csvLine } from '../../report/csv-line.js';
import { Utf8Sink } from '../../report/utf8-sink.js';
import type { CanonicalField } from '../../types.js';
import { problemCategory } from '../tally.js';
import type { RowJob, SourceShape } from './types.js';

export interface CleanJobSettings {
  sources: SourceShape[];
  fields: CanonicalField[];
  extras: { header: string; column: string }[];
  /** csv: cleaned rows come back as CSV text; xlsx: as cell arrays for the workbook writer. */
  format: 'csv' | 'xlsx';
}

/** Output text as UTF-8 bytes, encoded where it was made: in a worker, that takes the encoding off
 * the writing thread, and the bytes cross without a copy. */
export interface CleanBatch {
  rows: number;
  /** CSV lines (format csv) or rows of cells (format xlsx). */
  cleaned: Uint8Array | string[][];
  audit: Uint8Array;
  auditLines: number;
  problems: Uint8Array;
  problemLines: number;
  rowsWithProblems: number;
  changesByField: Record<string, number>;
  changesByRule: Record<string, number>;
  problemsByField: Record<string, number>;
  problemsByReason: Record<string, number>;
}

const count = (t: Record<string, number>, key: string) => (t[key] = (t[key] ?? 0) + 1);

export function cleanJob(settings: CleanJobSettings): RowJob<CleanBatch> {
  const mappers = settings.sources.map((s) => createRecordMapper(s.source, s.file, s.mapping));
  const { fields, extras } = settings;
  return ({ source, rows }) => {
    const toRecord = mappers[source]!;
    const ctx = settings.sources[source]!.context;
    const out: Omit<CleanBatch, 'cleaned' | 'audit' | 'problems'> = {
      rows: rows.length, auditLines: 0, problemLines: 0, rowsWithProblems: 0,
      changesByField: {}, changesByRule: {}, problemsByField: {}, problemsByReason: {},
    };
    const cleanedRows: string[][] = [];
    const cleanedLines = new Utf8Sink();
    const audit = new Utf8Sink();
    const problems = new Utf8Sink();
    for (const raw of rows) {
      const { record, changes } = standardizeRecord(toRecord(raw), ctx);
      for (const c of changes) {
        count(out.changesByField, c.field);
        count(out.changesByRule, c.rule);
        audit.write(JSON.stringify({ type: 'change', source: c.source, row: c.row, field: c.field, before: c.before, after: c.after, rule: c.rule }));
        audit.write('\n');
        out.auditLines++;
      }
      const problemText: string[] = [];
      for (const p of record.problems) {
        count(out.problemsByField, p.field);
        count(out.problemsByReason, `${p.field}: ${problemCategory(p.reason)}`);
        problemText.push(`${p.field}: ${p.reason}`);
        problems.write(csvLine([p.source, String(p.row), p.field, p.value, p.reason]));
        out.problemLines++;
      }
      if (problemText.length) out.rowsWithProblems++;
      const row: string[] = [record.source, String(record.row)];
      for (const f of fields) row.push(record.fields[f] ?? '');
      for (const e of extras) row.push(record.extra[e.header] ?? '');
      row.push(problemText.join('; '));
      if (settings.format === 'csv') cleanedLines.write(csvLine(row));
      else cleanedRows.push(row);
    }
    const cleaned = settings.format === 'csv' ? cleanedLines.bytes() : cleanedRows;
    return { ...out, cleaned, audit: audit.bytes(), problems: problems.bytes() };
  };
}
