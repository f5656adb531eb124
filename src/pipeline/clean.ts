// `recon clean` as a library call: read → map → standardize → write cleaned rows, audit, problems,
// rejects and a summary. Streams: memory does not grow with the number of rows.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { standardizeRecord } from '../standardize/index.js';
import { writeFileAtomic } from '../io/index.js';
import { CsvFileWriter } from '../report/csv-writer.js';
import { NdjsonFileWriter } from '../report/ndjson-writer.js';
import { openTableWriter } from '../report/table-writer.js';
import { writeRejects } from '../report/rejects.js';
import type { ReconConfig } from '../config/schema.js';
import type { Reject } from '../types.js';
import { openSources, parseInputSpecs, readRecords, type CommonReadOptions } from './sources.js';
import { outputColumns } from './columns.js';
import { Tally, problemCategory } from './tally.js';
import { outputNames, rowCounts, summarizeInputs, type InputSummary } from './inputs-summary.js';
import { contextsBySource } from './context.js';
import { VERSION } from '../version.js';

export interface CleanOptions {
  inputs: string[];
  outDir: string;
  config: ReconConfig;
  read?: CommonReadOptions;
  format?: 'csv' | 'xlsx';
  bom?: boolean;
  /** Called every few thousand rows with the count so far (progress display). */
  onProgress?: (rows: number) => void;
}

export interface CleanSummary {
  tool: string;
  version: string;
  command: 'clean';
  inputs: InputSummary[];
  rows: { in: number; out: number; rejected: number; blank: number };
  changes: { total: number; byField: Record<string, number>; byRule: Record<string, number> };
  problems: { total: number; rows: number; byField: Record<string, number>; byReason: Record<string, number> };
  outputs: Record<string, string>;
}

export interface CleanResult {
  summary: CleanSummary;
  timingsMs: { total: number };
}

export async function runClean(opts: CleanOptions): Promise<CleanResult> {
  const started = performance.now();
  const { config, outDir } = opts;
  await mkdir(outDir, { recursive: true });
  const rejects: Reject[] = [];
  const sources = await openSources(parseInputSpecs(opts.inputs), config, opts.read ?? {}, (r) => rejects.push(r));
  const cols = outputColumns(sources);
  const format = opts.format ?? 'csv';
  const files = {
    cleaned: join(outDir, `cleaned.${format}`),
    audit: join(outDir, 'audit.ndjson'),
    problems: join(outDir, 'problems.csv'),
    rejects: join(outDir, 'rejects.csv'),
    summary: join(outDir, 'summary.json'),
  };
  const header = ['source', 'source_row', ...cols.fields, ...cols.extras.map((e) => e.column), 'problems'];
  const cleaned = await openTableWriter(files.cleaned, header, { bom: opts.bom });
  const audit = new NdjsonFileWriter(files.audit);
  const problems = new CsvFileWriter(files.problems, ['source', 'source_row', 'field', 'value', 'reason'], { bom: opts.bom });
  const changesByField = new Tally();
  const changesByRule = new Tally();
  const problemsByField = new Tally();
  const problemsByReason = new Tally();
  let rowsOut = 0;
  let rowsWithProblems = 0;

  const ctxBySource = contextsBySource(config, sources);

  for await (const rec of readRecords(sources)) {
    const { record, changes } = standardizeRecord(rec, ctxBySource.get(rec.source)!);
    for (const c of changes) {
      changesByField.add(c.field);
      changesByRule.add(c.rule);
      await audit.write({ type: 'change', source: c.source, row: c.row, field: c.field, before: c.before, after: c.after, rule: c.rule });
    }
    const problemText: string[] = [];
    for (const p of record.problems) {
      problemsByField.add(p.field);
      problemsByReason.add(`${p.field}: ${problemCategory(p.reason)}`);
      problemText.push(`${p.field}: ${p.reason}`);
      await problems.write([p.source, String(p.row), p.field, p.value, p.reason]);
    }
    if (problemText.length) rowsWithProblems++;
    const row: string[] = [record.source, String(record.row)];
    for (const f of cols.fields) row.push(record.fields[f] ?? '');
    for (const e of cols.extras) row.push(record.extra[e.header] ?? '');
    row.push(problemText.join('; '));
    await cleaned.write(row);
    if (++rowsOut % 10000 === 0) opts.onProgress?.(rowsOut);
  }

  await Promise.all([cleaned.close(), audit.close(), problems.close()]);
  await writeRejects(files.rejects, rejects, { bom: opts.bom });
  const inputs = await summarizeInputs(sources);
  const counts = rowCounts(inputs);
  const summary: CleanSummary = {
    tool: 'recon',
    version: VERSION,
    command: 'clean',
    inputs,
    rows: {
      in: counts.in,
      out: rowsOut,
      rejected: rejects.length,
      blank: counts.blank,
    },
    changes: { total: changesByField.total, byField: changesByField.toJSON(), byRule: changesByRule.toJSON() },
    problems: {
      total: problemsByField.total,
      rows: rowsWithProblems,
      byField: problemsByField.toJSON(),
      byReason: problemsByReason.toJSON(),
    },
    outputs: outputNames(files),
  };
  await writeFileAtomic(files.summary, JSON.stringify(summary, null, 2) + '\n');
  return { summary, timingsMs: { total: Math.round(performance.now() - started) } };
}
