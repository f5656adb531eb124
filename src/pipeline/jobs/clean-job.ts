// `recon clean`'s work on a batch of rows: map, standardize, and the lines of cleaned.csv,
// audit.ndjson and problems.csv, with the counts summary.json adds up. Runs in a worker or here.
import { writeCsvLine } from '../../report/csv-line.js';
import { Utf8Sink } from '../../report/utf8-sink.js';
import { EncodedParts } from '../../report/json-name.js';
import type { CanonicalField, FieldChange } from '../../types.js';
import { problemCategory, Tally } from '../tally.js';
import type { RowJob, SourceShape } from './types.js';
import { rowStandardizer } from './standardize-rows.js';

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
  /** Problems of kind invalid (the rest are notes on values that were standardized). */
  invalid: number;
  changesByField: Record<string, number>;
  changesByRule: Record<string, number>;
  problemsByField: Record<string, number>;
  problemsByReason: Record<string, number>;
}

/** JSON.stringify({ type: 'change', source, row, field, before, after, rule }) and a newline, written
 *  straight into the sink: a million rows make millions of these, and building an object, then a
 *  string per line, then encoding it, cost more than the line itself. The fixed parts around the
 *  source, field and rule names are encoded once per name. */
export function writeChangeLine(sink: Utf8Sink, c: FieldChange): void {
  sink.append(SOURCE_HEADS.of(c.source));
  sink.digits(c.row);
  sink.append(FIELD_HEADS.of(c.field));
  sink.jsonString(c.before);
  sink.append(AFTER);
  sink.jsonString(c.after);
  sink.append(RULE_TAILS.of(c.rule));
}

const SOURCE_HEADS = new EncodedParts((json) => `{"type":"change","source":${json},"row":`);
const FIELD_HEADS = new EncodedParts((json) => `,"field":${json},"before":`);
const RULE_TAILS = new EncodedParts((json) => `,"rule":${json}}\n`);
const AFTER = Buffer.from(',"after":');

export function cleanJob(settings: CleanJobSettings): RowJob<CleanBatch> {
  const standardizer = rowStandardizer(settings.sources);
  const { fields, extras } = settings;
  return ({ source, rows }) => {
    const standardize = standardizer(source);
    const out = { auditLines: 0, problemLines: 0, rowsWithProblems: 0, invalid: 0 };
    const tallies = { changesByField: new Tally(), changesByRule: new Tally(), problemsByField: new Tally(), problemsByReason: new Tally() };
    const cleanedRows: string[][] = [];
    // Sized for a typical batch (1,024 rows: ~200 KB cleaned, ~1 MB of audit) so they rarely grow.
    const cleanedLines = new Utf8Sink(256 << 10);
    const audit = new Utf8Sink(1 << 20);
    const problems = new Utf8Sink(64 << 10);
    for (const { record, changes } of standardize(rows)) {
      for (const c of changes) {
        tallies.changesByField.add(c.field);
        tallies.changesByRule.add(c.rule);
        writeChangeLine(audit, c);
        out.auditLines++;
      }
      const problemText: string[] = [];
      for (const p of record.problems) {
        tallies.problemsByField.add(p.field);
        if (p.kind === 'invalid') out.invalid++;
        tallies.problemsByReason.add(`${p.field}: ${problemCategory(p.reason)}`);
        problemText.push(`${p.field}: ${p.reason}`);
        writeCsvLine(problems, [p.source, String(p.row), p.field, p.value, p.reason]);
        out.problemLines++;
      }
      if (problemText.length) out.rowsWithProblems++;
      const row: string[] = [record.source, String(record.row)];
      for (const f of fields) row.push(record.fields[f] ?? '');
      for (const e of extras) row.push(record.extra[e.header] ?? '');
      row.push(problemText.join('; '));
      if (settings.format === 'csv') writeCsvLine(cleanedLines, row);
      else cleanedRows.push(row);
    }
    const cleaned = settings.format === 'csv' ? cleanedLines.bytes() : cleanedRows;
    return {
      rows: rows.length,
      ...out,
      changesByField: tallies.changesByField.toJSON(),
      changesByRule: tallies.changesByRule.toJSON(),
      problemsByField: tallies.problemsByField.toJSON(),
      problemsByReason: tallies.problemsByReason.toJSON(),
      cleaned,
      audit: audit.bytes(),
      problems: problems.bytes(),
    };
  };
}
